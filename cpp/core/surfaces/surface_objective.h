// Adapts a 2-D Surface to the Objective interface, so that the shared optimizers and Trainer
// drive the Valley lab's ball exactly as they drive the models of the other labs.
#ifndef DESCENT_CORE_SURFACES_SURFACE_OBJECTIVE_H_
#define DESCENT_CORE_SURFACES_SURFACE_OBJECTIVE_H_

#include <memory>
#include <vector>

#include "core/eigen.h"
#include "core/objective.h"
#include "core/surfaces/surface.h"

namespace descent {

// θ = (x, y); the cost is f(x, y) and there are no samples, so batches are ignored.
class SurfaceObjective : public Objective {
 public:
  // Takes ownership of `surface`, which must not be null.
  explicit SurfaceObjective(std::unique_ptr<Surface> surface);

  int ParameterCount() const override { return 2; }
  int SampleCount() const override { return 0; }

  // Returns f(params(0), params(1)); `params` has 2 entries. When `gradient` is non-null it
  // receives ∇f (resized to 2 if needed). `batch` is ignored.
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                  Eigen::VectorXd* gradient) override;

  const Surface& surface() const { return *surface_; }

 private:
  std::unique_ptr<Surface> surface_;
};

}  // namespace descent

#endif  // DESCENT_CORE_SURFACES_SURFACE_OBJECTIVE_H_
