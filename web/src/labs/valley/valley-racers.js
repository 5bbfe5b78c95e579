// The racers card: a legend with one row per optimizer (toggle, colour, focus, current cost and
// step) and the editor of the focused racer's hyper-parameters and schedule. The learning-rate
// slider carries the stability mark η = 2/λmax. It only reports changes; the lab decides.
import { el, formatNumber, selectControl, sliderControl } from '../controls.js';
import { RACER_COLORS, RACER_RANGES, SCHEDULES } from '../../state/valley-state.js';

// Which hyper-parameters each optimizer reads (the rest would do nothing, so they are hidden).
const FIELDS = {
  sgd: [],
  momentum: ['momentum'],
  nesterov: ['momentum'],
  adagrad: ['epsilon'],
  rmsprop: ['beta2', 'epsilon'],
  adam: ['beta1', 'beta2', 'epsilon'],
  rprop: ['rpropIncrease', 'rpropDecrease'],
};
const SCHEDULE_FIELDS = {
  constant: [],
  'inverse-sqrt': [],
  inverse: [],
  step: ['decay', 'period'],
  exponential: ['decay', 'period'],
  cosine: ['period', 'minRate'],
};

export class ValleyRacers {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../state/valley-state.js').ValleyState} state
   * @param {{ change: (patch: object) => void,
   *   register: (name: string, element: Element) => void }} on register: names a control by
   *   its field (`racers.<key>` for a racer's setting) for hide=/lock=
   */
  constructor(t, state, on) {
    this.t = t;
    this.on = on;
    this.state = state;
    this.rows = {};
    const legend = el('table', { className: 'racer-legend', testid: 'racer-legend' }, [
      el('thead', {}, [
        el('tr', {}, [
          el('th', { text: t('valley.racers.on') }),
          el('th', { text: t('valley.racers.optimizer') }),
          el('th', { text: t('valley.racers.focus') }),
          el('th', { text: t('valley.racers.cost') }),
          el('th', { text: t('valley.racers.step') }),
        ]),
      ]),
    ]);
    const body = el('tbody');
    legend.append(body);
    for (const racer of state.racers) {
      const name = racer.optimizer;
      const optimizerName = t(`valley.optimizer.${name}`);
      const toggle = el('input', {
        type: 'checkbox',
        testid: `racer-toggle-${name}`,
        'aria-label': t('a11y.racer.on', { name: optimizerName }),
      });
      toggle.checked = racer.enabled;
      toggle.addEventListener('change', () => this.updateRacer(name, { enabled: toggle.checked }));
      const focus = el('input', {
        type: 'radio',
        name: 'valley-focus',
        testid: `racer-focus-${name}`,
        'aria-label': t('a11y.racer.focus', { name: optimizerName }),
      });
      focus.checked = state.focus === name;
      focus.addEventListener('change', () => on.change({ focus: name }));
      on.register('racers.enabled', toggle);
      on.register('focus', focus);
      const cost = el('td', { testid: `racer-cost-${name}`, className: 'num' });
      const step = el('td', { testid: `racer-step-${name}`, className: 'num' });
      const swatch = el('span', { className: 'swatch' });
      swatch.style.background = RACER_COLORS[name];
      body.append(
        el('tr', {}, [
          el('td', {}, [toggle]),
          el('td', {}, [
            el('label', {}, [swatch, el('span', { text: t(`valley.optimizer.${name}`) })]),
          ]),
          el('td', {}, [focus]),
          cost,
          step,
        ]),
      );
      this.rows[name] = { toggle, focus, cost, step };
    }
    this.editor = el('div', { className: 'racer-editor', testid: 'racer-editor' });
    this.element = el('div', { className: 'card racers-card' }, [
      el('h3', { text: t('valley.racers.title') }),
      legend,
      this.editor,
    ]);
    this.buildEditor();
  }

  /** @param {import('../../state/valley-state.js').ValleyState} state */
  setState(state) {
    // Rebuild only when the set of fields changes: rebuilding under a dragged slider would drop
    // the drag.
    const rebuild =
      state.focus !== this.state.focus || focused(state).schedule !== focused(this.state).schedule;
    this.state = state;
    for (const racer of state.racers) {
      this.rows[racer.optimizer].toggle.checked = racer.enabled;
      this.rows[racer.optimizer].focus.checked = state.focus === racer.optimizer;
    }
    this.learningRate.set(focused(state).learningRate); // also when a shortcut changed it
    if (rebuild) this.buildEditor();
  }

  updateRacer(name, patch) {
    this.on.change({
      racers: this.state.racers.map((r) => (r.optimizer === name ? { ...r, ...patch } : r)),
    });
  }

  buildEditor() {
    const t = this.t;
    const racer = focused(this.state);
    const name = racer.optimizer;
    const slider = (field, labelKey) => {
      const range = RACER_RANGES[field];
      const control = sliderControl({
        label: t(labelKey),
        testid: `racer-${field}`,
        min: range.min,
        max: range.max,
        log: range.log,
        step: field === 'period' ? 1 : undefined,
        value: racer[field],
        format: (v) => formatNumber(v, 3),
        onChange: (v) =>
          this.updateRacer(name, { [field]: field === 'period' ? Math.round(v) : v }),
      });
      this.on.register(`racers.${field}`, control.input);
      return control.element;
    };
    this.learningRate = sliderControl({
      label: t('valley.learningRate'),
      testid: 'learning-rate',
      log: true,
      min: RACER_RANGES.learningRate.min,
      max: RACER_RANGES.learningRate.max,
      value: racer.learningRate,
      format: (v) => formatNumber(v, 3),
      onChange: (v) => this.updateRacer(name, { learningRate: v }),
    });
    this.mark = el('span', { className: 'stability-mark', testid: 'stability-mark' });
    this.mark.hidden = true;
    this.learningRate.element.classList.add('with-mark');
    this.learningRate.element.append(this.mark);
    this.stabilityHint = el('p', { className: 'hint', testid: 'stability-hint' });
    this.stabilityWarning = el('p', { className: 'warning', testid: 'stability-warning' });
    this.stabilityWarning.hidden = true;
    const schedule = selectControl({
      label: t('valley.schedule'),
      testid: 'racer-schedule',
      options: SCHEDULES.map((s) => ({ value: s, text: t(`valley.schedule.${s}`) })),
      value: racer.schedule,
      onChange: (v) => this.updateRacer(name, { schedule: v }),
    });
    this.on.register('racers.learningRate', this.learningRate.input);
    this.on.register('racers.schedule', schedule.input);
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = RACER_COLORS[name];
    this.editor.replaceChildren(
      el('h4', {}, [
        swatch,
        el('span', { text: t('valley.racers.settings', { name: t(`valley.optimizer.${name}`) }) }),
      ]),
      this.learningRate.element,
      this.stabilityHint,
      this.stabilityWarning,
      ...FIELDS[name].map((f) =>
        slider(f, name === 'rmsprop' && f === 'beta2' ? 'valley.param.rho' : `valley.param.${f}`),
      ),
      schedule.element,
      ...SCHEDULE_FIELDS[racer.schedule].map((f) => slider(f, `valley.param.${f}`)),
    );
    this.stabilityKey = '';
    this.track = null;
    this.setStability(this.limit ?? null);
  }

  /**
   * Shows the stability limit η < 2/λmax of plain gradient descent at the focused ball: a mark on
   * the learning-rate slider, the number, and a warning when the racer's η exceeds it.
   * @param {number | null} limit 2/λmax, Infinity (no limit) or null (unknown)
   */
  setStability(limit) {
    const racer = focused(this.state);
    // Called every frame: touch the layout only when something shown changes.
    // The slider's geometry is read once per editor (a layout read every frame would force a
    // synchronous reflow after the frame's text updates).
    if (!this.track || this.track.width === 0) {
      const input = this.learningRate.input;
      this.track = { left: input.offsetLeft, top: input.offsetTop, width: input.offsetWidth };
    }
    const key = `${limit}|${racer.optimizer}|${racer.learningRate}|${this.track.width}`;
    if (key === this.stabilityKey) return;
    this.stabilityKey = key;
    this.limit = limit;
    const range = RACER_RANGES.learningRate;
    if (limit === null || !Number.isFinite(limit)) {
      this.mark.hidden = true;
      this.stabilityHint.textContent = limit === null ? '' : this.t('valley.stability.none');
      this.stabilityWarning.hidden = true;
      return;
    }
    this.stabilityHint.textContent = this.t('valley.stability.limit', {
      limit: formatNumber(limit, 3),
    });
    const track = this.track;
    const fraction = Math.log(limit / range.min) / Math.log(range.max / range.min);
    if (fraction >= 0 && fraction <= 1 && track.width > 0) {
      // Thumb travel is the track less one thumb width (about 16 px in Chromium and Firefox).
      const thumb = 16;
      this.mark.style.left = `${track.left + thumb / 2 + fraction * (track.width - thumb)}px`;
      this.mark.style.top = `${track.top - 3}px`;
      this.mark.hidden = false;
    } else {
      this.mark.hidden = true;
    }
    this.mark.title = this.stabilityHint.textContent;
    const over = racer.learningRate > limit;
    this.stabilityWarning.hidden = !over;
    this.stabilityWarning.textContent = over
      ? this.t('valley.stability.warning', {
          rate: formatNumber(racer.learningRate, 3),
          limit: formatNumber(limit, 3),
        })
      : '';
  }

  /**
   * @param {string} name
   * @param {{ cost: number, step: number, status: string }} r status: '' or a short word
   */
  setRacerReadout(name, r) {
    const row = this.rows[name];
    row.cost.textContent = r.status ? r.status : formatNumber(r.cost, 5);
    row.step.textContent = String(r.step);
  }

  clearRacerReadout(name) {
    this.rows[name].cost.textContent = '—';
    this.rows[name].step.textContent = '—';
  }
}

/** @param {import('../../state/valley-state.js').ValleyState} state */
function focused(state) {
  return state.racers.find((r) => r.optimizer === state.focus) ?? state.racers[0];
}
