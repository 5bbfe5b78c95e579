// The text alternative of a Chart.js line chart (issue 13): the canvas gets role="img" and a
// name, and a "Show as table" disclosure after the chart lists sampled points of every series
// (a canvas cannot be read by a screen reader). The table is filled only while it is open.
import { translator } from '../i18n/i18n.js';

const ROWS = 20; // sampled rows: enough to read the trend, short enough to listen to
const REFRESH_MS = 1000;

/** The page's translator (a chart is built without one). */
function pageTranslator() {
  return translator(document.documentElement.lang.startsWith('zh') ? 'zh' : 'en');
}

export class ChartTable {
  /** @param {HTMLCanvasElement} canvas @param {string} name what the chart shows */
  constructor(canvas, name) {
    const t = pageTranslator();
    this.t = t;
    this.canvas = canvas;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', name);
    this.details = document.createElement('details');
    this.details.className = 'chart-table-toggle';
    this.details.dataset.testid = 'chart-table-toggle';
    const summary = document.createElement('summary');
    summary.textContent = t('a11y.chart.show');
    this.table = document.createElement('table');
    this.table.className = 'chart-table';
    this.table.dataset.testid = 'chart-table';
    this.details.append(summary, this.table);
    this.details.addEventListener('toggle', () => {
      summary.textContent = t(this.details.open ? 'a11y.chart.hide' : 'a11y.chart.show');
      this.filledAt = -Infinity;
      this.fill();
    });
    /** @type {{ label: string, points: { x: number, y: number }[] }[]} */
    this.series = [];
    this.filledAt = -Infinity;
  }

  /** @param {string} name */
  rename(name) {
    this.canvas.setAttribute('aria-label', name);
  }

  /**
   * Keeps the series (references to the chart's own arrays) and refreshes an open table.
   * @param {{ label: string, points: { x: number, y: number }[] }[]} series
   */
  update(series) {
    this.series = series;
    if (!this.details.isConnected && this.canvas.isConnected) {
      // After the chart's box, so the table never squeezes the canvas.
      const box = this.canvas.closest('.chart-box') ?? this.canvas;
      box.after(this.details);
    }
    this.fill();
  }

  fill() {
    if (!this.details.open) return;
    const now = performance.now();
    if (now - this.filledAt < REFRESH_MS) return;
    this.filledAt = now;
    const longest = this.series.reduce(
      (best, s) => (s.points.length > best.length ? s.points : best),
      /** @type {{ x: number, y: number }[]} */ ([]),
    );
    const head = document.createElement('tr');
    for (const text of [this.t('a11y.chart.step'), ...this.series.map((s) => s.label)]) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      head.append(th);
    }
    const rows = [head];
    if (longest.length === 0) {
      const row = document.createElement('tr');
      const cell = document.createElement('td');
      cell.textContent = this.t('a11y.chart.empty');
      row.append(cell);
      rows.push(row);
    }
    const lookups = this.series.map((s) => new Map(s.points.map((p) => [p.x, p.y])));
    for (const index of sampled(longest.length)) {
      const x = longest[index].x;
      const row = document.createElement('tr');
      const values = lookups.map((lookup) => lookup.get(x));
      for (const value of [x, ...values]) {
        const cell = document.createElement('td');
        cell.textContent = value === undefined ? '–' : String(Number(value.toPrecision(4)));
        row.append(cell);
      }
      rows.push(row);
    }
    this.table.replaceChildren(...rows);
  }

  dispose() {
    this.details.remove();
  }
}

/** Up to ROWS indices spread evenly over 0..n-1, the last one included. @param {number} n */
function sampled(n) {
  if (n <= ROWS) return Array.from({ length: n }, (_, i) => i);
  return Array.from({ length: ROWS }, (_, i) => Math.round((i * (n - 1)) / (ROWS - 1)));
}
