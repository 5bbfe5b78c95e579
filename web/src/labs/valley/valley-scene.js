// One frame of the Valley lab's drawing: reads every racer's views (copies), then draws the map,
// the racers' legend, the loss chart, the probe card and the 3-D view.
import { costLine, readRacer } from './valley-racer-scene.js';

const SLICE_POINTS = 121;

/**
 * @param {import('./valley-lab.js').ValleyLab} lab
 * @param {import('../../state/valley-state.js').ValleyState} s
 * @param {{ chart: boolean }} options chart: also redraw the (slow) loss chart
 */
export function drawValleyScene(lab, s, { chart }) {
  const t = lab.t;
  const scenes = [];
  const series = [];
  let focus = null;
  for (const racer of s.racers) {
    const name = racer.optimizer;
    const entry = lab.trainers.get(name);
    if (!entry) {
      lab.racers.clearRacerReadout(name);
      continue;
    }
    const trainer = entry.trainer;
    const focused = name === s.focus;
    const { x, y, gradient, value, color, scene } = readRacer(lab.surface, trainer, name, focused);
    scenes.push(scene);
    lab.racers.setRacerReadout(name, {
      cost: value,
      step: trainer.stepCount(),
      status: entry.halted ? t(`valley.status.${entry.halted}`) : '',
    });
    if (chart) {
      const line = { label: t(`valley.optimizer.${name}`), color, ...costLine(trainer, value) };
      if (focused)
        series.unshift(line); // the first series is the one the chart reports on
      else series.push(line);
    }
    if (focused) {
      focus = {
        name,
        x,
        y,
        value,
        gradient,
        step: trainer.stepCount(),
        rate: trainer.learningRate(),
      };
    }
  }
  const probe = focus ? drawProbe(lab, s, focus) : null;
  if (!focus) lab.racers.setStability(null);
  lab.map.drawScene({
    racers: scenes,
    minima: lab.minima,
    direction: s.showDirectional ? (probe?.direction ?? null) : null,
    steepest: s.showDirectional ? (probe?.steepest ?? null) : null,
    hessian: s.showHessian ? (probe?.hessian ?? null) : null,
  });
  lab.panel.setReadouts(
    focus && {
      name: t(`valley.optimizer.${focus.name}`),
      step: focus.step,
      x: focus.x,
      y: focus.y,
      value: focus.value,
      gradNorm: Math.hypot(...focus.gradient),
      rate: focus.rate,
    },
  );
  if (chart) lab.chart.setSeries(series);
  if (lab.view3d) {
    lab.view3d.setRacers(scenes);
    lab.view3d.render();
  }
}

/** The probe card at the focused ball; returns what the map draws of it. */
function drawProbe(lab, s, focus) {
  const { x, y } = focus;
  const direction = (s.directionDegrees * Math.PI) / 180;
  const steepest = lab.probe.steepestAscentAngle(x, y);
  const hessian = lab.probe.hessianEigen(x, y);
  if (s.showDirectional) {
    const box = lab.box;
    const radius = 0.15 * Math.min(box.xMax - box.xMin, box.yMax - box.yMin);
    const directional = lab.probe.directionalDerivative(x, y, direction);
    const slice = Float32Array.from(lab.probe.slice(x, y, direction, radius, SLICE_POINTS));
    lab.probePanel.drawDirectional({
      gradient: focus.gradient,
      direction,
      directional,
      steepest,
      slice,
      radius,
      value: focus.value,
    });
  }
  lab.probePanel.drawHessian(hessian);
  lab.racers.setStability(hessian.maxLearningRate);
  return { direction, steepest, hessian };
}
