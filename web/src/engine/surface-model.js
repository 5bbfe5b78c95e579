// A 2-D surface f(x, y) of the Valley lab, computed by the core.
//
// Copy vs view (see engine.js): every accessor says which it returns.
import { Trainer } from './trainer.js';

/** @typedef {{ xMin: number, xMax: number, yMin: number, yMax: number }} Box */

export class SurfaceModel {
  /**
   * @param {any} handle an Embind Surface; this object owns it
   * @param {import('./refusal.js').Checked} checked
   */
  constructor(handle, checked) {
    this.handle = handle;
    this.checked = checked;
  }
  /** @returns {string} */
  name() {
    return this.handle.name();
  }
  /** @returns {number} f(x, y) */
  value(x, y) {
    return this.checked(this.handle.value(x, y));
  }
  /** @returns {[number, number]} copy of ∇f(x, y) */
  gradient(x, y) {
    const g = this.checked(this.handle.gradient(x, y));
    return [g[0], g[1]];
  }
  /** @returns {[number, number, number, number]} copy of the Hessian, row-major */
  hessian(x, y) {
    const h = this.checked(this.handle.hessian(x, y));
    return [h[0], h[1], h[2], h[3]];
  }
  /** @returns {{ x: number, y: number }[]} copy of the known minima, global first */
  minima() {
    const m = this.handle.minima();
    const points = [];
    for (let i = 0; i < m.length; i += 2) points.push({ x: m[i], y: m[i + 1] });
    return points;
  }
  /** @returns {Box} copy */
  viewBox() {
    const b = this.handle.viewBox();
    return { xMin: b[0], xMax: b[1], yMin: b[2], yMax: b[3] };
  }
  /** @returns {{ x: number, y: number }} copy */
  standardStart() {
    const s = this.handle.standardStart();
    return { x: s[0], y: s[1] };
  }
  /**
   * f on an n×n grid over the box: entry [row * n + col] is f(xMin + col·dx, yMin + row·dy).
   * @param {number} n
   * @param {Box} box
   * @returns {Float32Array} view, valid until the next call into the module
   */
  grid(n, box) {
    return this.checked(this.handle.grid(n, box.xMin, box.xMax, box.yMin, box.yMax));
  }
  /**
   * A trainer descending this surface from (x, y). Call dispose() on it when done.
   * @param {import('./trainer.js').TrainerOptions} options
   * @param {{ x: number, y: number }} start
   */
  createTrainer(options, start) {
    const handle = this.checked(this.handle.makeTrainer(options, start.x, start.y));
    return new Trainer(handle, this.checked);
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
