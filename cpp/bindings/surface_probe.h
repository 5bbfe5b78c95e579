// The Valley lab's probe of one surface at one point: directional derivative and slice
// (seed 000: ∂f/∂l = ∇f·l is largest along ∇f) and the Hessian's eigen-directions with the
// stability limit η < 2/λmax. Shares the surface with its SurfaceHandle, so JS may delete()
// the two in either order.
#ifndef DESCENT_BINDINGS_SURFACE_PROBE_H_
#define DESCENT_BINDINGS_SURFACE_PROBE_H_

#include <emscripten/val.h>

#include <memory>
#include <vector>

#include "bindings/surface_handle.h"
#include "core/surfaces/surface_objective.h"

namespace descent::bindings {

class SurfaceProbe {
 public:
  // nullptr (refused, refusal.h) when `surface` is null.
  static SurfaceProbe* Create(SurfaceHandle* surface);

  // ∂f/∂l at (x, y) for l = (cos α, sin α), α in radians.
  double DirectionalDerivative(double x, double y, double angle) const;
  // The angle of ∇f at (x, y) in (−π, π]; 0 where ∇f = 0.
  double SteepestAscentAngle(double x, double y) const;
  // f(P + ρl) at count points ρ from −radius to +radius (Float32Array view, overwritten by the
  // next call). count in [2, 4096].
  emscripten::val Slice(double x, double y, double angle, double radius, int count);
  // [λmin, λmax, v1x, v1y, v2x, v2y, maxLearningRate] (Float64Array view, overwritten by the
  // next call): eigenvalues ascending, unit eigenvectors of λmin then λmax, and 2/λmax, or
  // +Infinity when λmax <= 0 (no step size overshoots).
  emscripten::val HessianEigen(double x, double y);

 private:
  explicit SurfaceProbe(std::shared_ptr<SurfaceObjective> objective);
  std::shared_ptr<SurfaceObjective> objective_;
  std::vector<float> slice_;
  std::vector<double> eigen_;
};

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_SURFACE_PROBE_H_
