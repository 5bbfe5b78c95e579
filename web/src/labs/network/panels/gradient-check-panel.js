// Gradient-check panel: backprop against finite differences for every parameter (the core's
// check and verdicts), in chunks across frames so a big network never blocks the page, then a
// sortable, paged table coloured by verdict, a one-line summary and what the check cost.
import './network-panels.css';
import { buttonControl, checkboxControl, el } from '../../controls.js';
import { renderCheckRows } from '../../../views/check-table.js';
import {
  GOOD_BELOW,
  WARN_BELOW,
  checkRows,
  pageOf,
  parameterLabel,
  sortRows,
  summarize,
} from './gradient-check-table.js';
import { createChunkSizer, runSliced } from './frame-scheduler.js';
import { panelSourceFrom } from './panel-source.js';

const PAGE_SIZE = 25;
// Parameters in the first core call, before timing is known (small: the first call also runs
// cold, and each parameter costs four cost evaluations, eight when its step straddles a kink);
// afterwards chunks are sized to the budget.
export const FIRST_CHUNK = 2;
// Above this many parameters a single check call takes noticeably longer than a frame.
// Steps h of the two stencils (see core/diagnostics/gradient_check.h for the error budget).
const CENTRAL_STEP = 1e-5;
const FIVE_POINT_STEP = 1e-3;

/**
 * @param {HTMLElement} container
 * @param {any} lab
 * @param {(key: string, params?: object) => string} t
 * @returns {{ update(): void, reset(): void, dispose(): void }}
 */
export function mountGradientCheck(container, lab, t) {
  const source = panelSourceFrom(lab);
  /** @type {import('./gradient-check-table.js').CheckRow[]} */
  let rows = [];
  let sortKey = 'parameter';
  let descending = false;
  let page = 0;
  /** @type {import('./frame-scheduler.js').SlicedJob | null} */
  let job = null;
  /** @type {number | string} */
  let checkedVersion = NaN;
  // What the last check cost: cost evaluations (the core counts them) and milliseconds.
  let evaluations = 0;
  let checkMs = 0;

  const runButton = buttonControl({
    text: t('networkPanels.check.run'),
    testid: 'gradcheck-run',
    onClick: run,
    className: 'primary',
  });
  const fivePoint = checkboxControl({
    label: t('networkPanels.check.fivePoint'),
    testid: 'gradcheck-five-point',
    value: false,
    onChange: () => {},
  });
  const progress = el('progress', { testid: 'gradcheck-progress', max: '1', value: '0' });
  const summary = el('p', { className: 'np-summary', testid: 'gradcheck-summary', role: 'status' });
  const stale = el('p', { className: 'np-muted', testid: 'gradcheck-stale' });
  const cost = el('p', { className: 'np-muted', testid: 'gradcheck-cost' });
  const tbody = /** @type {HTMLTableSectionElement} */ (el('tbody'));
  const columns = [
    ['parameter', 'networkPanels.check.parameter'],
    ['analytic', 'networkPanels.check.analytic'],
    ['numeric', 'networkPanels.check.numeric'],
    ['relativeError', 'networkPanels.check.relativeError'],
  ];
  const headerButtons = columns.map(([key, label]) =>
    el('button', {
      type: 'button',
      className: 'np-sort',
      testid: `gradcheck-sort-${key}`,
      text: t(label),
      onClick: () => sortBy(key),
    }),
  );
  const table = el('table', { className: 'np-table', testid: 'gradcheck-table' }, [
    el('thead', {}, [
      el(
        'tr',
        {},
        headerButtons.map((button) => el('th', {}, [button])),
      ),
    ]),
    tbody,
  ]);
  const pageLabel = el('span', { className: 'np-muted', testid: 'gradcheck-page' });
  const pager = el('div', { className: 'buttons np-pager' }, [
    buttonControl({
      text: '‹',
      testid: 'gradcheck-prev-page',
      onClick: () => showPage(page - 1),
    }),
    pageLabel,
    buttonControl({
      text: '›',
      testid: 'gradcheck-next-page',
      onClick: () => showPage(page + 1),
    }),
  ]);
  const legend = el('p', {
    className: 'np-muted np-legend',
    text: t('networkPanels.check.legend', {
      good: GOOD_BELOW.toExponential(0),
      warn: WARN_BELOW.toExponential(0),
    }),
  });
  const element = el('section', { className: 'np-card np-check', testid: 'gradient-check' }, [
    el('h3', { text: t('networkPanels.check.title') }),
    el('p', { className: 'hint', text: t('networkPanels.check.hint') }),
    fivePoint.element,
    el('div', { className: 'buttons' }, [runButton]),
    progress,
    summary,
    cost,
    stale,
    legend,
    table,
    pager,
  ]);
  container.append(element);
  table.hidden = true;
  pager.hidden = true;

  function run() {
    job?.cancel();
    // The check belongs to one θ: stop training so the table describes the weights shown.
    source.pause?.();
    let count = 0;
    try {
      count = source.parameterCount();
    } catch (error) {
      summary.dataset.kind = 'error';
      summary.textContent = String(/** @type {Error} */ (error).message ?? error);
      return;
    }
    const version = source.version();
    /** @type {import('./gradient-check-table.js').CheckRow[]} */
    const collected = [];
    let done = 0;
    evaluations = 0;
    checkMs = 0;
    const sizer = createChunkSizer(FIRST_CHUNK);
    summary.textContent = t('networkPanels.check.running', { count });
    summary.dataset.kind = 'info';
    /** @type {HTMLButtonElement} */ (runButton).disabled = true;
    job = runSliced(
      (budgetMs) => {
        // θ must stay put while the check runs: a chunk against other weights would mix two
        // different gradients in one table.
        if (source.version() !== version) throw new Error(t('networkPanels.check.changed'));
        // Chunks sized to the frame budget keep a big network's check from blocking the page.
        const chunk = sizer.next(budgetMs, count - done);
        const indices = Array.from({ length: chunk }, (_, i) => done + i);
        const started = performance.now();
        const result = source.gradientCheck(indices, stencil());
        const elapsed = performance.now() - started;
        evaluations += result.evaluations;
        checkMs += elapsed;
        const size = result.indices.length;
        sizer.record(size, elapsed);
        collected.push(...checkRows(source.info().layerSizes, result));
        done += size;
        return { done, total: count };
      },
      {
        onProgress: (value, total) => {
          /** @type {HTMLProgressElement} */ (progress).value = total > 0 ? value / total : 1;
        },
      },
    );
    job.done
      .then((finished) => {
        if (!finished) return;
        rows = collected;
        checkedVersion = version;
        page = 0;
        showSummary();
        showPage(0);
      })
      .catch((error) => {
        summary.dataset.kind = 'error';
        summary.textContent = String(error?.message ?? error);
      })
      .finally(() => {
        /** @type {HTMLButtonElement} */ (runButton).disabled = false;
      });
  }

  /** The stencil's options: the five-point one tolerates (and needs) a larger step. */
  function stencil() {
    const five = /** @type {HTMLInputElement} */ (fivePoint.input).checked;
    return five
      ? { fivePoint: true, step: FIVE_POINT_STEP }
      : { fivePoint: false, step: CENTRAL_STEP };
  }

  function showSummary() {
    const { count, kind, worst, maxRelativeError, counts } = summarize(rows);
    summary.dataset.kind = count > 0 ? kind : 'info';
    summary.dataset.maxRelativeError = String(maxRelativeError);
    summary.textContent = t('networkPanels.check.summary', {
      max: maxRelativeError.toExponential(2),
      parameter: worst ? parameterLabel(worst) : '–',
      count,
      good: counts.good,
      warn: counts.warn,
      bad: counts.bad,
      kink: counts.kink,
    });
    // Seed 001: finite differences cost one or two cost evaluations per parameter, back-
    // propagation one forward and one backward pass for all of them.
    cost.textContent = t('networkPanels.check.cost', {
      evaluations,
      ms: checkMs.toFixed(0),
      forward: count + 1,
      central: 2 * count,
    });
  }

  function sortBy(key) {
    descending = key === sortKey ? !descending : key !== 'parameter';
    sortKey = key;
    headerButtons.forEach((button, i) => {
      const [columnKey] = columns[i];
      button.dataset.sorted =
        columnKey === sortKey ? (descending ? 'descending' : 'ascending') : '';
    });
    showPage(0);
  }

  function showPage(requested) {
    if (rows.length === 0) return;
    const sorted = sortRows(rows, sortKey, descending);
    const shown = pageOf(sorted, requested, PAGE_SIZE);
    page = shown.page;
    renderCheckRows(tbody, shown.rows, parameterLabel, t('networkPanels.check.kinkTitle'));
    pageLabel.textContent = t('networkPanels.check.page', {
      page: shown.page + 1,
      pages: shown.pages,
    });
    table.hidden = false;
    pager.hidden = shown.pages <= 1;
  }

  return {
    update() {
      // The table belongs to the weights it was computed at; say so once training moves them.
      stale.textContent =
        rows.length > 0 && source.version() !== checkedVersion
          ? t('networkPanels.check.stale')
          : '';
    },
    reset() {
      // A rebuilt network has other parameters: the old table describes nothing any more.
      job?.cancel();
      rows = [];
      checkedVersion = NaN;
      summary.textContent = '';
      cost.textContent = '';
      delete summary.dataset.maxRelativeError;
      stale.textContent = '';
      table.hidden = true;
      pager.hidden = true;
      /** @type {HTMLProgressElement} */ (progress).value = 0;
    },
    dispose() {
      job?.cancel();
      element.remove();
    },
  };
}
