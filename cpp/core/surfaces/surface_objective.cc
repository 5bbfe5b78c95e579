#include "core/surfaces/surface_objective.h"

#include <utility>

namespace descent {

SurfaceObjective::SurfaceObjective(std::unique_ptr<Surface> surface)
    : surface_(std::move(surface)) {}

double SurfaceObjective::Evaluate(const Eigen::VectorXd& params, const std::vector<int>&,
                                  Eigen::VectorXd* gradient) {
  const double x = params(0);
  const double y = params(1);
  if (gradient != nullptr) {
    // The contract says it is already sized; resizing a size-2 vector is a no-op, and guards
    // a caller that passed an empty one without allocating on the normal path.
    if (gradient->size() != 2) gradient->resize(2);
    *gradient = surface_->Gradient(x, y);
  }
  return surface_->Value(x, y);
}

}  // namespace descent
