// The Network lab's settings panel: data, features, training and model options. It only reports
// changes (as state patches); the lab decides what they do.
import { buttonControl, checkboxControl, el, selectControl, sliderControl } from '../controls.js';
import {
  FEATURES,
  LEARNING_RATES,
  PROBLEMS,
  PROBLEM_DEFAULTS,
  PROBLEM_TASK,
  REGULARIZATION_RATES,
} from '../../state/network-state.js';

/** A <select> over numbers (TF Playground's learning-rate menus). */
function numberSelect(label, testid, values, value, onChange) {
  const options = values.map((v) => ({ value: String(v), text: String(v) }));
  if (!values.includes(value)) options.push({ value: String(value), text: String(value) });
  return selectControl({
    label,
    testid,
    options,
    value: String(value),
    onChange: (v) => onChange(Number(v)),
  });
}

export class NetworkControls {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/network-state.js').NetworkState} state
   * @param {import('../../state/network-state.js').NetworkNames} names
   * @param {{ change: (patch: object) => void, refuse: (text: string) => void,
   *   message: HTMLElement, register: (name: string, element: Element) => void }} on
   *   message: the controller's message line, shown last; register: names a control (its
   *   state field: hide=/lock= find it), again at every render
   */
  constructor(t, state, names, on) {
    this.t = t;
    this.on = on;
    this.element = el('div', { className: 'panel net-controls', testid: 'network-controls' });
    this.render(state, names);
  }

  /** Builds the controls for `s` (again after the model changed or a change was refused). */
  render(s, names) {
    const t = this.t;
    const change = this.on.change;
    const option = (prefix) => (name) => ({ value: name, text: t(`${prefix}.${name}`) });
    /** The control's element, its input registered under the field it sets. */
    const named = (field, control) => {
      this.on.register(field, control.input);
      return control.element;
    };
    /**
     * A menu over `values` that sets `field`, registered under it; its label is
     * network.<field>, each option's text <optionPrefix>.<value>.
     * @param {string} field @param {string} testid @param {string[]} values
     * @param {string} optionPrefix
     */
    const choice = (field, testid, values, optionPrefix) =>
      named(
        field,
        selectControl({
          label: t(`network.${field}`),
          testid,
          options: values.map(option(optionPrefix)),
          value: s[field],
          onChange: (v) => change({ [field]: v }),
        }),
      );
    const task = PROBLEM_TASK[s.problem];
    const datasets = names.generators.filter((g) => g.task === task).map((g) => g.name);

    // Regenerate sets the data seed: hide/lock `seed` (or `regenerate`) reaches it.
    const regenerate = buttonControl({
      text: t('network.regenerate'),
      testid: 'regenerate',
      onClick: () => change({ seed: s.seed + 1, points: [] }),
    });
    this.on.register('regenerate', regenerate);
    this.on.register('seed', regenerate);
    const data = el('fieldset', {}, [el('legend', { text: t('network.section.data') })]);
    data.append(
      named(
        'problem',
        selectControl({
          label: t('network.problem'),
          testid: 'problem',
          options: PROBLEMS.map(option('network.problem')),
          value: s.problem,
          onChange: (problem) => {
            const first = names.generators.find((g) => g.task === PROBLEM_TASK[problem]);
            change({ problem, dataset: first?.name, points: [], ...PROBLEM_DEFAULTS[problem] });
          },
        }),
      ),
      named(
        'dataset',
        selectControl({
          label: t('network.dataset'),
          testid: 'dataset',
          options: datasets.map(option('network.dataset')),
          value: s.dataset,
          onChange: (dataset) => change({ dataset, points: [] }),
        }),
      ),
      named(
        'testPercent',
        sliderControl({
          label: t('network.testPercent'),
          testid: 'test-percent',
          min: 10,
          max: 90,
          step: 10,
          value: s.testPercent,
          format: (v) => `${v}%`,
          onChange: (v) => change({ testPercent: v }),
        }),
      ),
      named(
        'noise',
        sliderControl({
          label: t('network.noise'),
          testid: 'noise',
          min: 0,
          max: 0.5,
          step: 0.05,
          value: s.noise,
          format: (v) => String(Math.round(v * 100)),
          onChange: (v) => change({ noise: v }),
        }),
      ),
      named(
        'batchSize',
        sliderControl({
          label: t('network.batchSize'),
          testid: 'batch-size',
          min: 1,
          max: 30,
          step: 1,
          value: s.batchSize,
          onChange: (v) => change({ batchSize: v }),
        }),
      ),
      regenerate,
    );

    const features = el('fieldset', { className: 'net-features' }, [
      el('legend', { text: t('network.section.features') }),
    ]);
    for (const feature of FEATURES) {
      features.append(
        named(
          'features',
          checkboxControl({
            label: t(`network.feature.${feature}`),
            testid: `feature-${feature}`,
            value: s.features.includes(feature),
            onChange: (on) => {
              const next = on ? [...s.features, feature] : s.features.filter((f) => f !== feature);
              if (next.length > 0) change({ features: next });
              else this.on.refuse(t('network.needFeature'));
            },
          }),
        ),
      );
    }

    const training = el('fieldset', {}, [el('legend', { text: t('network.section.training') })]);
    training.append(
      choice('optimizer', 'optimizer', names.optimizers, 'network.optimizer'),
      named(
        'learningRate',
        numberSelect(
          t('network.learningRate'),
          'learning-rate',
          LEARNING_RATES,
          s.learningRate,
          (v) => change({ learningRate: v }),
        ),
      ),
    );
    if (s.optimizer === 'momentum' || s.optimizer === 'nesterov') {
      training.append(
        named(
          'momentum',
          sliderControl({
            label: t('network.momentum'),
            testid: 'momentum',
            min: 0,
            max: 0.99,
            step: 0.01,
            value: s.momentum,
            onChange: (v) => change({ momentum: v }),
          }),
        ),
      );
    }
    if (s.optimizer === 'adam') {
      training.append(
        named(
          'beta1',
          sliderControl({
            label: t('network.beta1'),
            testid: 'beta1',
            min: 0,
            max: 0.99,
            step: 0.01,
            value: s.beta1,
            onChange: (v) => change({ beta1: v }),
          }),
        ),
      );
    }
    if (s.optimizer === 'adam' || s.optimizer === 'rmsprop') {
      training.append(
        named(
          'beta2',
          numberSelect(t('network.beta2'), 'beta2', [0.9, 0.99, 0.999, 0.9999], s.beta2, (v) =>
            change({ beta2: v }),
          ),
        ),
      );
    }
    if (['adam', 'rmsprop', 'adagrad'].includes(s.optimizer)) {
      training.append(
        named(
          'epsilon',
          numberSelect(t('network.epsilon'), 'epsilon', [1e-8, 1e-6, 1e-4], s.epsilon, (v) =>
            change({ epsilon: v }),
          ),
        ),
      );
    }
    training.append(
      choice('regularization', 'regularization', names.regularizations, 'network.regularization'),
      named(
        'regularizationRate',
        numberSelect(
          t('network.regularizationRate'),
          'regularization-rate',
          REGULARIZATION_RATES,
          s.regularizationRate,
          (v) => change({ regularizationRate: v }),
        ),
      ),
      named(
        'speed',
        sliderControl({
          label: t('network.speed'),
          testid: 'speed',
          min: 1,
          max: 200,
          log: true,
          value: s.speed,
          format: (v) => String(Math.round(v)),
          onChange: (v) => change({ speed: Math.round(v) }),
        }),
      ),
    );

    const model = el('fieldset', {}, [el('legend', { text: t('network.section.model') })]);
    model.append(
      choice('hiddenActivation', 'activation', names.hiddenActivations, 'network.activation'),
      choice(
        'outputActivation',
        'output-activation',
        names.outputActivations,
        'network.activation',
      ),
      choice('cost', 'cost', names.costs, 'network.cost'),
      choice('init', 'init', names.inits, 'network.init'),
    );
    if (s.init === 'uniform' || s.init === 'normal') {
      model.append(
        named(
          'initScale',
          numberSelect(
            t('network.initScale'),
            'init-scale',
            [0.01, 0.1, 0.5, 1, 2],
            s.initScale,
            (v) => change({ initScale: v }),
          ),
        ),
      );
    }

    const view = el('fieldset', {}, [el('legend', { text: t('network.section.view') })]);
    view.append(
      named(
        'showTest',
        checkboxControl({
          label: t('network.showTest'),
          testid: 'show-test',
          value: s.showTest,
          onChange: (v) => change({ showTest: v }),
        }),
      ),
      named(
        'discretize',
        checkboxControl({
          label: t('network.discretize'),
          testid: 'discretize',
          value: s.discretize,
          onChange: (v) => change({ discretize: v }),
        }),
      ),
    );
    this.element.replaceChildren(
      el('p', { className: 'hint', text: t('network.hint') }),
      data,
      features,
      training,
      model,
      view,
      this.on.message,
    );
  }
}
