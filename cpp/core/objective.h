// A differentiable cost over a flat parameter vector. Surfaces, linear models and networks all
// implement it, so one Trainer and one set of optimizers serve every lab.
#ifndef DESCENT_CORE_OBJECTIVE_H_
#define DESCENT_CORE_OBJECTIVE_H_

#include <vector>

#include "core/eigen.h"

namespace descent {

class Objective {
 public:
  virtual ~Objective() = default;

  // Length of the parameter vector θ.
  virtual int ParameterCount() const = 0;

  // Number of training samples. 0 means the cost has no data (an analytic surface); batches
  // are then ignored.
  virtual int SampleCount() const = 0;

  // Mean cost over the samples listed in `batch` (all samples when `batch` is empty) at
  // `params`, penalty terms included. When `gradient` is non-null it receives ∂C/∂θ (already
  // sized ParameterCount()). Non-const because implementations reuse scratch buffers.
  virtual double Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                          Eigen::VectorXd* gradient) = 0;
};

}  // namespace descent

#endif  // DESCENT_CORE_OBJECTIVE_H_
