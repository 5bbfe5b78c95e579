// Loss-landscape panel: the filter-normalised 2-D slice C(θ + α d1 + β d2) around the current
// weights (Li et al. 2018; the core computes it), filled in a few rows per animation frame with
// a progress bar, the training path projected onto the plane and the current point.
import './network-panels.css';
import {
  buttonControl,
  checkboxControl,
  el,
  formatNumber,
  selectControl,
  sliderControl,
} from '../../controls.js';
import { PlotFrame, setupCanvas } from '../../../views/plot-frame.js';
import { shrinkWithCard } from '../../shared/fluid-size.js';
import { drawLandscape, drawLandscapePath, finiteRange } from '../../../views/landscape-map.js';
import { runSliced, unitsForBudget } from './frame-scheduler.js';
import { panelSourceFrom } from './panel-source.js';

const WIDTH = 460;
const HEIGHT = 400;
export const RESOLUTIONS = [21, 31, 41, 61, 81];
export const RADIUS_RANGE = { min: 0.05, max: 10 };
// Redraw the current point at most this often while training moves it.
const POINT_REFRESH_MS = 200;

/**
 * The value at the centre of an N×N slice with odd N: C(θ_c) itself.
 * @param {ArrayLike<number>} costs
 * @param {number} n
 */
export function centreValue(costs, n) {
  if (n % 2 === 0) return NaN;
  const middle = (n - 1) / 2;
  return costs[middle * n + middle];
}

/**
 * @param {HTMLElement} container
 * @param {any} lab
 * @param {(key: string, params?: object) => string} t
 * @returns {{ update(): void, reset(): void, dispose(): void }}
 */
export function mountLandscape(container, lab, t) {
  const source = panelSourceFrom(lab);
  let resolution = 31;
  let radius = 1;
  let logScale = false;
  /** @type {import('./panel-source.js').LandscapeSlice | null} */
  let slice = null;
  /** @type {import('./frame-scheduler.js').SlicedJob | null} */
  let job = null;
  /** @type {Float64Array} */
  let costs = new Float64Array(0);
  /** @type {Float64Array | null} */
  let path = null;
  /** @type {[number, number] | null} */
  let current = null;
  let lastPoint = -Infinity;
  /** @type {number | string} */
  let sliceVersion = NaN;

  const canvas = /** @type {HTMLCanvasElement} */ (el('canvas', { testid: 'landscape-canvas' }));
  const ctx = setupCanvas(canvas, WIDTH, HEIGHT);
  shrinkWithCard(canvas);
  // The slice layer, kept at the canvas's pixel size and drawn in the same CSS-pixel units.
  const base = new OffscreenCanvas(canvas.width, canvas.height);
  const baseCtx = /** @type {OffscreenCanvasRenderingContext2D} */ (base.getContext('2d'));
  baseCtx.setTransform(canvas.width / WIDTH, 0, 0, canvas.height / HEIGHT, 0, 0);
  const progress = el('progress', { testid: 'landscape-progress', max: '1', value: '0' });
  const message = el('p', { className: 'message', role: 'status', testid: 'landscape-message' });
  const readouts = {
    centre: el('output', { testid: 'landscape-centre' }),
    cost: el('output', { testid: 'landscape-current-cost' }),
    range: el('output', { testid: 'landscape-range' }),
  };
  const resolutionControl = selectControl({
    label: t('networkPanels.landscape.resolution'),
    testid: 'landscape-resolution',
    options: RESOLUTIONS.map((n) => ({ value: String(n), text: `${n} × ${n}` })),
    value: String(resolution),
    onChange: (value) => {
      resolution = Number(value);
      recompute();
    },
  });
  const radiusControl = sliderControl({
    label: t('networkPanels.landscape.span'),
    testid: 'landscape-span',
    log: true,
    min: RADIUS_RANGE.min,
    max: RADIUS_RANGE.max,
    value: radius,
    format: (v) => `±${formatNumber(v, 3)}`,
    onChange: (v) => {
      radius = v;
      recompute();
    },
  });
  const logControl = checkboxControl({
    label: t('networkPanels.landscape.logColor'),
    testid: 'landscape-log',
    value: logScale,
    onChange: (v) => {
      logScale = v;
      draw();
    },
  });
  const recomputeButton = buttonControl({
    text: t('networkPanels.landscape.recompute'),
    testid: 'landscape-recompute',
    onClick: recompute,
    className: 'primary',
  });
  const readoutRows = Object.entries(readouts).map(([key, output]) =>
    el('div', { className: 'readout' }, [
      el('span', { text: t(`networkPanels.landscape.${key}`) }),
      output,
    ]),
  );
  const element = el('section', { className: 'np-card np-landscape', testid: 'landscape' }, [
    el('h3', { text: t('networkPanels.landscape.title') }),
    el('p', { className: 'hint', text: t('networkPanels.landscape.hint') }),
    el('div', { className: 'np-row' }, [
      canvas,
      el('div', { className: 'np-column np-controls' }, [
        resolutionControl.element,
        radiusControl.element,
        logControl.element,
        el('div', { className: 'buttons' }, [recomputeButton]),
        progress,
        message,
        el('div', { className: 'readouts' }, readoutRows),
      ]),
    ]),
  ]);
  container.append(element);

  function frame() {
    return new PlotFrame(
      WIDTH,
      HEIGHT,
      { xMin: -radius, xMax: radius, yMin: -radius, yMax: radius },
      { left: 44, right: 78, top: 16, bottom: 36 },
    );
  }

  /** Redraws the slice layer (after new rows or a colour change), then the path on top. */
  function draw() {
    drawLandscape(baseCtx, frame(), {
      costs,
      n: slice ? slice.resolution : 1,
      logScale,
      labels: { xLabel: 'α', yLabel: 'β', colorBar: 'C' },
    });
    drawPathLayer();
  }

  /** Only the path and point move while training: blit the kept slice layer under them. */
  function drawPathLayer() {
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    ctx.drawImage(base, 0, 0, WIDTH, HEIGHT);
    drawLandscapePath(ctx, frame(), path, current);
  }

  /**
   * The recorded training path on the plane, ending at the current point. While θ is still the
   * slice's centre that point is (0, 0); once training moves θ the slice stays where it was
   * computed and the point follows θ's projection onto the plane (recompute to re-centre).
   */
  function showPath(active) {
    const recorded = active.projectPath();
    const atCentre = source.version() === sliceVersion;
    current = atCentre ? [0, 0] : (active.projectCurrent?.() ?? null);
    if (recorded && current) {
      path = new Float64Array(recorded.length + 2);
      path.set(recorded);
      path.set(current, recorded.length);
    } else {
      path = recorded;
    }
    if (current) {
      element.dataset.currentAlpha = String(current[0]);
      element.dataset.currentBeta = String(current[1]);
    } else {
      delete element.dataset.currentAlpha;
      delete element.dataset.currentBeta;
    }
  }

  function freeSlice() {
    job?.cancel();
    job = null;
    slice?.dispose();
    slice = null;
  }

  function recompute() {
    freeSlice();
    message.textContent = '';
    message.dataset.kind = 'info';
    try {
      slice = source.landscape({ resolution, radius });
    } catch (error) {
      message.dataset.kind = 'error';
      message.textContent = String(/** @type {Error} */ (error).message ?? error);
      return;
    }
    sliceVersion = source.version();
    const active = slice;
    costs = active.costs();
    showPath(active);
    readouts.cost.textContent = formatNumber(source.currentCost(), 6);
    readouts.centre.textContent = '…';
    readouts.range.textContent = '';
    /** @type {HTMLProgressElement} */ (progress).value = 0;
    let msPerRow = 0;
    let lastCount = 1;
    job = runSliced(
      (budgetMs) => {
        const remaining = active.resolution - active.rowsDone();
        // Rows differ in cost (and the first calls run cold): at most double the last slice.
        const count =
          msPerRow > 0 ? Math.min(2 * lastCount, unitsForBudget(budgetMs, msPerRow, remaining)) : 1;
        const started = performance.now();
        active.computeRows(active.rowsDone(), count);
        const measured = (performance.now() - started) / count;
        msPerRow = msPerRow > 0 ? Math.max(measured, 0.5 * (msPerRow + measured)) : measured;
        lastCount = count;
        costs = active.costs();
        draw();
        // The longest slice of this computation (rows and drawing), for tests and the curious.
        const sliceMs = performance.now() - started;
        element.dataset.longestSliceMs = String(
          Math.max(Number(element.dataset.longestSliceMs ?? 0), Math.round(sliceMs)),
        );
        return { done: active.rowsDone(), total: active.resolution };
      },
      {
        onProgress: (done, total) => {
          /** @type {HTMLProgressElement} */ (progress).value = done / total;
        },
      },
    );
    job.done
      .then((finished) => {
        if (!finished) return;
        const centre = centreValue(costs, active.resolution);
        readouts.centre.textContent = formatNumber(centre, 6);
        const range = finiteRange(costs);
        readouts.range.textContent = range
          ? `${formatNumber(range.min, 4)} … ${formatNumber(range.max, 4)}`
          : '';
        element.dataset.complete = 'true';
      })
      .catch((error) => {
        message.dataset.kind = 'error';
        message.textContent = String(error?.message ?? error);
      });
    element.dataset.complete = 'false';
    element.dataset.longestSliceMs = '0';
  }

  recompute();
  return {
    update() {
      if (!slice) return;
      if (!slice.isLive()) {
        // New data or a new network: the slice belongs to another cost; compute the new one.
        recompute();
        return;
      }
      const now = performance.now();
      if (source.version() === sliceVersion || now - lastPoint < POINT_REFRESH_MS) return;
      // Training moved θ: the slice stays where it was computed, the point and path move on it.
      lastPoint = now;
      showPath(slice);
      readouts.cost.textContent = formatNumber(source.currentCost(), 6);
      // Written once, not every refresh: the message is a live region (re-announced per write).
      const moved = t('networkPanels.landscape.moved');
      if (message.textContent !== moved) message.textContent = moved;
      drawPathLayer();
    },
    reset() {
      recompute();
    },
    dispose() {
      freeSlice();
      element.remove();
    },
  };
}
