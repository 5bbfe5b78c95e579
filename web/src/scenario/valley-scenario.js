// The Valley lab's scenario module (docs/scenarios.md): lab state ⇄ scenario JSON, and a headless
// run of every racer with the same trainer options the page uses.
import {
  OPTIMIZERS, SCHEDULES, normalizeValleyState, racerTrainerOptions,
} from '../state/valley-state.js';
import { withEnvelope } from './scenario-envelope.js';

export const lab = 'valley';
const DEFAULT_RUN_STEPS = 1000;

/**
 * Lab state → scenario (plain JSON). Every racer is listed; `enabled: false` keeps a switched-off
 * racer's settings so that an import restores the page exactly.
 * @param {import('../state/valley-state.js').ValleyState} state
 */
export function scenarioFromState(state) {
  const scenario = withEnvelope(lab, {
    seed: 1,
    surface: { name: state.surface, conditionNumber: state.conditionNumber, rotationDegrees: state.rotationDegrees },
    racers: state.racers.map((r) => ({
      enabled: r.enabled,
      optimizer: {
        name: r.optimizer, learningRate: r.learningRate, momentum: r.momentum, beta1: r.beta1,
        beta2: r.beta2, epsilon: r.epsilon, rpropIncrease: r.rpropIncrease, rpropDecrease: r.rpropDecrease,
      },
      schedule: { name: r.schedule, decay: r.decay, period: r.period, minRate: r.minRate },
    })),
    stop: { maxSteps: state.maxSteps, parameterChangeTol: state.parameterChangeTol, gradientTol: state.gradientTol },
    run: { steps: DEFAULT_RUN_STEPS },
    view: {
      focus: state.focus, speed: state.speed, logColor: state.logColor, logLoss: state.logLoss,
      directionDegrees: state.directionDegrees, showDirectional: state.showDirectional,
      showHessian: state.showHessian, view3d: state.view3d,
    },
  });
  if (state.startX !== null && state.startY !== null) scenario.start = [state.startX, state.startY];
  return scenario;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

function requireNumber(value, where, { min = -Infinity, max = Infinity } = {}) {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${where} must be a finite number in [${min}, ${max}] (got ${JSON.stringify(value)}).`);
  }
  return value;
}

/**
 * Scenario → lab state. Throws an Error with a readable message on a bad field; omitted fields
 * take the lab's defaults.
 * @param {any} scenario
 * @param {string[]} [surfaceNames] the core's surface names (defaults to the twelve of the core)
 */
export function stateFromScenario(scenario, surfaceNames = CORE_SURFACES) {
  if (!isObject(scenario)) throw new Error('A scenario must be a JSON object.');
  if (scenario.lab !== lab) throw new Error(`This scenario is for the ${JSON.stringify(scenario.lab)} lab, not the valley lab.`);
  const raw = {};
  const surface = scenario.surface ?? {};
  const surfaceName = typeof surface === 'string' ? surface : surface.name;
  if (surfaceName !== undefined) {
    if (!surfaceNames.includes(surfaceName)) {
      throw new Error(`Unknown surface ${JSON.stringify(surfaceName)}. Choose one of: ${surfaceNames.join(', ')}.`);
    }
    raw.surface = surfaceName;
  }
  if (isObject(surface)) {
    raw.conditionNumber = requireNumber(surface.conditionNumber, 'surface.conditionNumber', { min: 1, max: 1000 });
    raw.rotationDegrees = requireNumber(surface.rotationDegrees, 'surface.rotationDegrees', { min: -180, max: 180 });
  }
  if (scenario.start !== undefined) {
    const s = scenario.start;
    if (!Array.isArray(s) || s.length !== 2) throw new Error('"start" must be [x, y].');
    raw.startX = requireNumber(s[0], 'start[0]', { min: -1e6, max: 1e6 });
    raw.startY = requireNumber(s[1], 'start[1]', { min: -1e6, max: 1e6 });
  }
  if (scenario.racers !== undefined) {
    if (!Array.isArray(scenario.racers)) throw new Error('"racers" must be an array.');
    raw.racers = scenario.racers.map((entry, i) => racerFromScenario(entry, i));
    const names = raw.racers.map((r) => r.optimizer);
    const twice = names.find((n, i) => names.indexOf(n) !== i);
    if (twice) throw new Error(`racers: the optimizer "${twice}" appears twice; each races once.`);
  } else if (isObject(scenario.optimizer)) {
    // A single-optimizer scenario (the shared format's "optimizer"/"schedule" fields).
    raw.racers = [racerFromScenario({ optimizer: scenario.optimizer, schedule: scenario.schedule }, 0)];
  }
  if (raw.racers) {
    // Racers not listed do not race.
    for (const name of OPTIMIZERS) {
      if (!raw.racers.some((r) => r.optimizer === name)) raw.racers.push({ optimizer: name, enabled: false });
    }
  }
  const stop = scenario.stop ?? {};
  if (!isObject(stop)) throw new Error('"stop" must be an object.');
  raw.maxSteps = requireNumber(stop.maxSteps, 'stop.maxSteps', { min: 0, max: 1e7 });
  raw.parameterChangeTol = requireNumber(stop.parameterChangeTol, 'stop.parameterChangeTol', { min: 0, max: 1e3 });
  raw.gradientTol = requireNumber(stop.gradientTol, 'stop.gradientTol', { min: 0, max: 1e3 });
  const view = scenario.view ?? {};
  if (!isObject(view)) throw new Error('"view" must be an object.');
  Object.assign(raw, view);
  for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
  return normalizeValleyState(raw, surfaceNames);
}

const CORE_SURFACES = ['bowl', 'rosenbrock', 'beale', 'himmelblau', 'saddle', 'booth', 'matyas',
  'rastrigin', 'goldstein-price', 'six-hump-camel', 'mccormick', 'two-gaussians'];

function racerFromScenario(entry, i) {
  const where = `racers[${i}]`;
  if (!isObject(entry)) throw new Error(`${where} must be an object.`);
  const o = entry.optimizer ?? {};
  const name = typeof o === 'string' ? o : o.name;
  if (!OPTIMIZERS.includes(name)) {
    throw new Error(`${where}.optimizer.name: unknown optimizer ${JSON.stringify(name)}. Choose one of: ${OPTIMIZERS.join(', ')}.`);
  }
  const racer = { optimizer: name, enabled: entry.enabled !== false };
  if (isObject(o)) {
    for (const field of ['learningRate', 'momentum', 'beta1', 'beta2', 'epsilon', 'rpropIncrease', 'rpropDecrease']) {
      const v = requireNumber(o[field], `${where}.optimizer.${field}`);
      if (v !== undefined) racer[field] = v;
    }
    if (o.learningRate !== undefined && !(o.learningRate > 0)) throw new Error(`${where}.optimizer.learningRate must be > 0.`);
  }
  const s = entry.schedule ?? {};
  const scheduleName = typeof s === 'string' ? s : s.name;
  if (scheduleName !== undefined) {
    if (!SCHEDULES.includes(scheduleName)) {
      throw new Error(`${where}.schedule.name: unknown schedule ${JSON.stringify(scheduleName)}. Choose one of: ${SCHEDULES.join(', ')}.`);
    }
    racer.schedule = scheduleName;
  }
  if (isObject(s)) {
    for (const field of ['decay', 'period', 'minRate']) {
      const v = requireNumber(s[field], `${where}.schedule.${field}`);
      if (v !== undefined) racer[field] = v;
    }
  }
  return racer;
}

/**
 * Runs every enabled racer for `run.steps` steps (or until its stop rule fires) and returns the
 * results. The top-level fields describe the first enabled racer; valley.racers lists all.
 * @param {import('../engine/engine.js').Engine} engine
 * @param {any} scenario
 */
export function runScenario(engine, scenario) {
  const state = stateFromScenario(scenario, engine.surfaceNames());
  const steps = requireNumber(scenario.run?.steps ?? DEFAULT_RUN_STEPS, 'run.steps', { min: 0, max: 1e7 });
  const surface = engine.createSurface(state.surface, {
    conditionNumber: state.conditionNumber, rotationDegrees: state.rotationDegrees,
  });
  const racers = [];
  try {
    const start = state.startX === null ? surface.standardStart() : { x: state.startX, y: state.startY };
    for (const racer of state.racers.filter((r) => r.enabled)) {
      const trainer = surface.createTrainer(racerTrainerOptions(racer, state), start);
      try {
        trainer.step(Math.round(steps));
        const params = Array.from(trainer.params());
        racers.push({
          optimizer: racer.optimizer,
          stopReason: trainer.state(),
          stopMessage: trainer.stopMessage(),
          steps: trainer.stepCount(),
          cost: trainer.costHistory(),
          finalCost: surface.value(params[0], params[1]),
          params,
        });
      } finally {
        trainer.dispose();
      }
    }
  } finally {
    surface.dispose();
  }
  const first = racers[0] ?? {
    stopReason: 'ready', stopMessage: '', steps: 0, cost: { steps: [], values: [] }, finalCost: NaN, params: [],
  };
  return {
    lab,
    stopReason: first.stopReason,
    stopMessage: first.stopMessage,
    steps: first.steps,
    epochs: 0,
    cost: first.cost,
    finalCost: first.finalCost,
    params: first.params,
    valley: { surface: state.surface, racers },
  };
}
