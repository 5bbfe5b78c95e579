// One racer's fields: the group that the Valley lab's field table repeats once per optimizer
// (`<optimizer>.<key>` in the URL), with the per-optimizer defaults that work on the default
// surface, the racers' colours and the optimizer and schedule lists. No wasm, no DOM.

/**
 * @typedef {object} Racer
 * @property {string} optimizer       the core's optimizer name; one racer per optimizer
 * @property {boolean} enabled
 * @property {number} learningRate    base rate C of the schedule
 * @property {number} momentum        μ (momentum, nesterov)
 * @property {number} beta1           Adam
 * @property {number} beta2           Adam; RMSProp's decay ρ
 * @property {number} epsilon         AdaGrad, RMSProp, Adam
 * @property {number} rpropIncrease   η+
 * @property {number} rpropDecrease   η−
 * @property {string} schedule        one of SCHEDULES
 * @property {number} decay
 * @property {number} period
 * @property {number} minRate
 */

export const OPTIMIZERS = Object.freeze([
  'sgd',
  'momentum',
  'nesterov',
  'adagrad',
  'rmsprop',
  'adam',
  'rprop',
]);
export const SCHEDULES = Object.freeze([
  'constant',
  'inverse-sqrt',
  'inverse',
  'step',
  'exponential',
  'cosine',
]);
export const RACER_COLORS = Object.freeze({
  sgd: '#ff4d4d',
  momentum: '#ffa630',
  nesterov: '#f7f052',
  adagrad: '#4dd9ff',
  rmsprop: '#b86bff',
  adam: '#ff6bd6',
  rprop: '#7dff8a',
});

// Per-optimizer defaults that work on the default surface (Rosenbrock from its standard start).
// 8e-4 keeps plain descent under the stability limit 2/λmax ≈ 9.6e-4 at Rosenbrock's start.
const RACER_OVERRIDES = Object.freeze({
  sgd: { enabled: true },
  momentum: { enabled: true },
  nesterov: {},
  adagrad: { learningRate: 0.3 },
  rmsprop: { learningRate: 0.01, beta2: 0.9 },
  adam: { enabled: true, learningRate: 0.05 },
  rprop: { learningRate: 0.01 },
});

/** A number field's row (the Valley table's rows are mostly numbers). */
export const number = (key, def, min, max, query, scenario, doc, extra = {}) => ({
  key,
  type: 'number',
  default: def,
  min,
  max,
  query,
  scenario,
  doc,
  ...extra,
});

/** The fields of one racer (scenario paths inside its entry of `racers`). */
export const RACER_FIELDS = Object.freeze([
  {
    key: 'enabled',
    type: 'boolean',
    default: false,
    query: null,
    scenario: 'enabled',
    doc: 'the racer races (default: sgd, momentum, adam; a listed racer races unless false)',
  },
  number(
    'learningRate',
    0.0008,
    1e-5,
    10,
    'lr',
    'optimizer.learningRate',
    'base rate C of the schedule (default per optimizer)',
    { log: true },
  ),
  number('momentum', 0.9, 0, 0.999, 'mu', 'optimizer.momentum', 'μ of momentum and Nesterov'),
  number('beta1', 0.9, 0, 0.999, 'b1', 'optimizer.beta1', "Adam's first-moment decay β1"),
  number(
    'beta2',
    0.999,
    0.5,
    0.9999,
    'b2',
    'optimizer.beta2',
    "Adam's β2; RMSProp's decay ρ (default per optimizer)",
  ),
  number('epsilon', 1e-8, 1e-12, 1, 'eps', 'optimizer.epsilon', 'ε of AdaGrad, RMSProp, Adam', {
    log: true,
  }),
  number('rpropIncrease', 1.2, 1, 3, 'inc', 'optimizer.rpropIncrease', 'Rprop step growth η+'),
  number(
    'rpropDecrease',
    0.5,
    0.05,
    0.999,
    'dec',
    'optimizer.rpropDecrease',
    'Rprop step shrink η−',
  ),
  {
    key: 'schedule',
    type: 'choice',
    default: 'constant',
    choices: SCHEDULES,
    query: 'sched',
    scenario: 'schedule.name',
    doc: 'learning-rate schedule η_t',
  },
  number(
    'decay',
    0.5,
    0.01,
    0.999,
    'decay',
    'schedule.decay',
    'factor of the step and exponential schedules',
  ),
  {
    ...number(
      'period',
      100,
      1,
      100000,
      'period',
      'schedule.period',
      'steps per decay (cosine: steps to the floor)',
      { log: true },
    ),
    type: 'integer',
  },
  number('minRate', 0, 0, 10, 'min', 'schedule.minRate', 'floor of the cosine schedule'),
]);

/** @returns {Racer} the default racer of an optimizer */
export function defaultRacer(optimizer) {
  const racer = { optimizer };
  for (const field of RACER_FIELDS) racer[field.key] = field.default;
  return /** @type {Racer} */ ({ ...racer, ...RACER_OVERRIDES[optimizer] });
}
