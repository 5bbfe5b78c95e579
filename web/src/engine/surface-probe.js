// The Valley lab's probe of a surface at a point: directional derivative, slice and Hessian
// eigen-directions, computed by the core (cpp/bindings/surface_probe.h).

/**
 * @typedef {object} HessianEigen
 * @property {[number, number]} values   λmin, λmax (ascending)
 * @property {[[number, number], [number, number]]} vectors unit eigenvectors of λmin, λmax
 * @property {number} maxLearningRate    2/λmax, or Infinity when λmax <= 0
 */

export class SurfaceProbe {
  /**
   * @param {any} handle an Embind SurfaceProbe; this object owns it
   * @param {import('./refusal.js').Checked} checked
   */
  constructor(handle, checked) {
    this.handle = handle;
    this.checked = checked;
  }
  /**
   * ∂f/∂l at (x, y) for l = (cos α, sin α).
   * @param {number} x @param {number} y @param {number} angle radians
   */
  directionalDerivative(x, y, angle) {
    return this.checked(this.handle.directionalDerivative(x, y, angle));
  }
  /** @returns {number} the angle of ∇f at (x, y) in (−π, π] (radians); 0 where ∇f = 0 */
  steepestAscentAngle(x, y) {
    return this.checked(this.handle.steepestAscentAngle(x, y));
  }
  /**
   * f(P + ρl) for `count` values ρ evenly from −radius to +radius.
   * @returns {Float32Array} view, valid until the next call into the module
   */
  slice(x, y, angle, radius, count) {
    return this.checked(this.handle.slice(x, y, angle, radius, count));
  }
  /** @returns {HessianEigen} copy */
  hessianEigen(x, y) {
    const e = this.checked(this.handle.hessianEigen(x, y));
    return {
      values: [e[0], e[1]],
      vectors: [
        [e[2], e[3]],
        [e[4], e[5]],
      ],
      maxLearningRate: e[6],
    };
  }
  dispose() {
    this.handle?.delete();
    this.handle = null;
  }
}
