// The JS-facing surface of the Valley lab: value, gradient, Hessian, minima and the value grid
// of one 2-D surface, and trainers that descend it.
#ifndef DESCENT_BINDINGS_SURFACE_HANDLE_H_
#define DESCENT_BINDINGS_SURFACE_HANDLE_H_

#include <emscripten/val.h>

#include <memory>
#include <string>
#include <vector>

#include "bindings/trainer_handle.h"
#include "core/surfaces/surface_objective.h"

namespace descent::bindings {

class SurfaceHandle {
 public:
  // options: { conditionNumber, rotationDegrees } (the bowl's shape; ignored by the others).
  // nullptr when refused (refusal.h), as for every method below that checks its arguments.
  static SurfaceHandle* Create(const std::string& name, const emscripten::val& options);

  std::string Name() const { return name_; }
  double Value(double x, double y) const;
  // Views of small member buffers, overwritten by the next call of the same method.
  emscripten::val Gradient(double x, double y);  // [∂f/∂x, ∂f/∂y]
  emscripten::val Hessian(double x, double y);   // row-major 2×2
  emscripten::val Minima() const;                // [x0, y0, x1, y1, ...], global first
  emscripten::val ViewBox() const;               // [xMin, xMax, yMin, yMax]
  emscripten::val StandardStart() const;         // [x, y]
  // Fills the n×n grid of f over the box (row-major, row 0 at yMin) and returns a Float32Array
  // view of it. Reallocates only when n changes.
  emscripten::val Grid(int n, double x_min, double x_max, double y_min, double y_max);
  // A trainer descending this surface from (x, y); see trainer_config.h for the options.
  TrainerHandle* MakeTrainer(const emscripten::val& options, double x, double y);
  // Shared with probes and trainers, so either may outlive this handle.
  const std::shared_ptr<SurfaceObjective>& objective() const { return objective_; }

 private:
  SurfaceHandle(const std::string& name, std::unique_ptr<Surface> surface);
  std::string name_;
  std::shared_ptr<SurfaceObjective> objective_;  // owns the surface; shared with trainers
  std::vector<double> gradient_, hessian_, minima_, view_box_, start_;
  std::vector<float> grid_;
};

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_SURFACE_HANDLE_H_
