// First-order optimizers on a flat parameter vector, shared by surfaces, linear models and
// networks. Each keeps its state in public-readable vectors so the front end can draw it.
#ifndef DESCENT_CORE_OPTIM_OPTIMIZER_H_
#define DESCENT_CORE_OPTIM_OPTIMIZER_H_

#include <string>
#include <vector>

#include "core/eigen.h"

namespace descent {

enum class OptimizerKind { kSgd, kMomentum, kNesterov, kAdaGrad, kRmsProp, kAdam, kRprop };

struct OptimizerConfig {
  OptimizerKind kind = OptimizerKind::kSgd;
  double momentum = 0.9;         // μ of momentum and Nesterov: b ← μb + g
  double beta1 = 0.9;            // Adam first-moment decay
  double beta2 = 0.999;          // Adam second-moment decay; also RMSProp's decay ρ in
                                 // s ← ρs + (1 − ρ)g² (0.9 is the usual RMSProp choice)
  double epsilon = 1e-8;         // AdaGrad, RMSProp, Adam: added to the root of the second moment
  double rprop_increase = 1.2;   // η+ (seed 003)
  double rprop_decrease = 0.5;   // η−
  double rprop_min_step = 1e-6;  // lower bound of a per-weight step size
  double rprop_max_step = 50;    // upper bound
};

// "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "rprop".
const std::vector<std::string>& OptimizerNames();
// Returns false (and leaves *kind alone) for an unknown name.
bool OptimizerKindFromName(const std::string& name, OptimizerKind* kind);
// Empty when valid; otherwise a readable message (e.g. "momentum must be in [0, 1)").
std::string ValidateOptimizer(const OptimizerConfig& config);

class Optimizer {
 public:
  Optimizer(const OptimizerConfig& config, int parameter_count);

  // Applies one update to *params given the gradient g at *params and the learning rate η of
  // this step. Rprop ignores η after the first step: its initial per-weight step is η
  // (clamped to [rprop_min_step, rprop_max_step]).
  // Never allocates.
  void Step(const Eigen::VectorXd& gradient, double learning_rate, Eigen::VectorXd* params);

  // Forgets all state (velocity, moments, step sizes, step counter).
  void Reset();

  const OptimizerConfig& config() const { return config_; }
  int step_count() const { return step_count_; }
  // Δθ applied by the last Step (zero before the first).
  const Eigen::VectorXd& last_update() const { return last_update_; }
  // Momentum/Nesterov velocity b; zero for other kinds.
  const Eigen::VectorXd& velocity() const { return velocity_; }
  // Adam m (first moment); zero for other kinds.
  const Eigen::VectorXd& first_moment() const { return first_moment_; }
  // Adam v, RMSProp's running mean of g², AdaGrad's sum of g²; zero for other kinds.
  const Eigen::VectorXd& second_moment() const { return second_moment_; }
  // Rprop per-weight step sizes Δ_i; for AdaGrad, RMSProp and Adam the effective per-weight
  // learning rate η / (√s_i + ε) of the last update (Adam: η / (√v̂_i + ε)), i.e. the factor that
  // multiplies g_i (Adam: m̂_i). This equals |Δθ_i| / |g_i| for AdaGrad and RMSProp and, unlike
  // that ratio, is defined where g_i = 0. Zero for the other kinds.
  const Eigen::VectorXd& step_sizes() const { return step_sizes_; }

 private:
  OptimizerConfig config_;
  int step_count_ = 0;
  Eigen::VectorXd last_update_, velocity_, first_moment_, second_moment_, step_sizes_;
  Eigen::VectorXd previous_gradient_;         // Rprop's sign memory
  double beta1_power_ = 1, beta2_power_ = 1;  // Adam's β1ᵗ and β2ᵗ for the bias correction

  void RpropStep(const Eigen::VectorXd& gradient, double learning_rate);
};

}  // namespace descent

#endif  // DESCENT_CORE_OPTIM_OPTIMIZER_H_
