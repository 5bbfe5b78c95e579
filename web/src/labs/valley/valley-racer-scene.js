// Reads one racer's trainer views (copied at once: a view is valid only until the next call into
// the module) into what the map, the 3-D view and the loss chart draw.
import { RACER_COLORS } from '../../state/valley-state.js';
import { thin } from './valley-chart.js';

// How far outside the view box (in box widths) a ball may go before its run counts as diverged:
// far enough to allow a wide swing, near enough to stop before numbers overflow.
const OFF_MAP_FACTOR = 10;

const hasVelocity = (name) => name === 'momentum' || name === 'nesterov';
const hasStepSizes = (name) =>
  name === 'adagrad' || name === 'rmsprop' || name === 'adam' || name === 'rprop';

/**
 * @param {any} surface the surface model (gradient and value at the ball)
 * @param {import('../../engine/trainer.js').Trainer} trainer
 * @param {string} optimizer the racer's name
 * @param {boolean} focused
 * @returns {{ x: number, y: number, gradient: number[], value: number, color: string,
 *   scene: object }}
 */
export function readRacer(surface, trainer, optimizer, focused) {
  const [x, y] = trainer.params();
  const gradient = surface.gradient(x, y);
  const value = surface.value(x, y);
  const velocity = hasVelocity(optimizer) ? Array.from(trainer.velocity()) : null;
  // The adaptive per-axis step: Rprop's step sizes Δ_i; for AdaGrad, RMSProp and Adam the
  // |Δθ_i| their per-axis rates produced in the last update.
  const stepSizes =
    !hasStepSizes(optimizer) || trainer.stepCount() === 0
      ? null
      : optimizer === 'rprop'
        ? Array.from(trainer.stepSizes())
        : Array.from(trainer.lastUpdate(), Math.abs);
  const path = Float64Array.from(trainer.pathViews().values); // copy before the next call
  const trail = new Float64Array(path.length + 2);
  trail.set(path);
  trail.set([x, y], path.length);
  const color = RACER_COLORS[optimizer];
  const scene = {
    name: optimizer,
    color,
    path: trail,
    ball: { x, y },
    gradient,
    velocity: velocity && Math.hypot(velocity[0], velocity[1]) > 0 ? velocity : null,
    stepSizes,
    focused,
  };
  return { x, y, gradient, value, color, scene };
}

/**
 * The racer's cost over time for the chart, thinned. Entry k of the cost history is the cost
 * evaluated by step k, i.e. f(v_{k−1}); plot it at t = k − 1 and append the current f(v_t).
 * @param {import('../../engine/trainer.js').Trainer} trainer @param {number} value f(v_t)
 */
export function costLine(trainer, value) {
  const history = trainer.costHistory();
  const steps = history.steps.map((k) => k - 1);
  steps.push(trainer.stepCount());
  history.values.push(value);
  return thin(steps, history.values);
}

/** Whether the ball is so far outside the view box that its run counts as diverged. */
export function isFarOffMap([x, y], { xMin, xMax, yMin, yMax }) {
  const w = xMax - xMin;
  const h = yMax - yMin;
  return (
    x < xMin - OFF_MAP_FACTOR * w ||
    x > xMax + OFF_MAP_FACTOR * w ||
    y < yMin - OFF_MAP_FACTOR * h ||
    y > yMax + OFF_MAP_FACTOR * h
  );
}
