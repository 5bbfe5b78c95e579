#include "core/optim/optimizer.h"

#include <cmath>

#include "core/message.h"

namespace descent {
namespace {

bool InUnitInterval(double x) { return std::isfinite(x) && x >= 0 && x < 1; }

double Sign(double x) { return x > 0 ? 1.0 : (x < 0 ? -1.0 : 0.0); }

}  // namespace

const std::vector<std::string>& OptimizerNames() {
  // Never destroyed, so no static-destruction-order trouble; immutable after first use.
  static const std::vector<std::string>* const names = new std::vector<std::string>{
      "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "rprop"};
  return *names;
}

bool OptimizerKindFromName(const std::string& name, OptimizerKind* kind) {
  const std::vector<std::string>& names = OptimizerNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) {
      *kind = static_cast<OptimizerKind>(i);
      return true;
    }
  }
  return false;
}

std::string ValidateOptimizer(const OptimizerConfig& config) {
  // Only the fields the chosen kind uses are checked, so a message never names a setting
  // the student cannot see for that optimizer.
  switch (config.kind) {
    case OptimizerKind::kSgd:
      return "";
    case OptimizerKind::kMomentum:
    case OptimizerKind::kNesterov:
      if (!InUnitInterval(config.momentum))
        return DescribeValue("momentum must be in [0, 1)", config.momentum);
      return "";
    case OptimizerKind::kAdam:
      if (!InUnitInterval(config.beta1))
        return DescribeValue("beta1 must be in [0, 1)", config.beta1);
      [[fallthrough]];
    case OptimizerKind::kRmsProp:
      if (!InUnitInterval(config.beta2)) {
        return DescribeValue(config.kind == OptimizerKind::kAdam ? "beta2 must be in [0, 1)"
                                                                 : "decay rate must be in [0, 1)",
                             config.beta2);
      }
      [[fallthrough]];
    case OptimizerKind::kAdaGrad:
      if (!(std::isfinite(config.epsilon) && config.epsilon > 0))
        return DescribeValue("epsilon must be a finite number > 0", config.epsilon);
      return "";
    case OptimizerKind::kRprop:
      if (!(std::isfinite(config.rprop_increase) && config.rprop_increase > 1))
        return DescribeValue("Rprop increase factor must be a finite number > 1",
                             config.rprop_increase);
      if (!(config.rprop_decrease > 0 && config.rprop_decrease < 1))
        return DescribeValue("Rprop decrease factor must be in (0, 1)", config.rprop_decrease);
      if (!(std::isfinite(config.rprop_min_step) && config.rprop_min_step > 0))
        return DescribeValue("Rprop minimum step must be a finite number > 0",
                             config.rprop_min_step);
      if (!(std::isfinite(config.rprop_max_step) && config.rprop_max_step > config.rprop_min_step))
        return DescribeValue("Rprop maximum step must be finite and above the minimum step",
                             config.rprop_max_step);
      return "";
  }
  return "unknown optimizer";
}

Optimizer::Optimizer(const OptimizerConfig& config, int parameter_count) : config_(config) {
  // Every buffer is sized here once; Step only writes into them.
  const int n = parameter_count < 0 ? 0 : parameter_count;
  last_update_.setZero(n);
  velocity_.setZero(n);
  first_moment_.setZero(n);
  second_moment_.setZero(n);
  step_sizes_.setZero(n);
  previous_gradient_.setZero(n);
}

void Optimizer::Reset() {
  step_count_ = 0;
  beta1_power_ = 1;
  beta2_power_ = 1;
  last_update_.setZero();
  velocity_.setZero();
  first_moment_.setZero();
  second_moment_.setZero();
  step_sizes_.setZero();
  previous_gradient_.setZero();
}

void Optimizer::Step(const Eigen::VectorXd& gradient, double learning_rate,
                     Eigen::VectorXd* params) {
  const double eta = learning_rate;
  const double eps = config_.epsilon;
  switch (config_.kind) {
    case OptimizerKind::kSgd:
      last_update_ = -eta * gradient;
      break;
    case OptimizerKind::kMomentum:
      velocity_ = config_.momentum * velocity_ + gradient;
      last_update_ = -eta * velocity_;
      break;
    case OptimizerKind::kNesterov:
      // Gradient-at-current-point form (Sutskever/Bengio): the look-ahead is folded into the
      // update, so the objective is only ever evaluated at θ itself.
      velocity_ = config_.momentum * velocity_ + gradient;
      last_update_ = -eta * (gradient + config_.momentum * velocity_);
      break;
    case OptimizerKind::kAdaGrad:
      second_moment_.array() += gradient.array().square();
      step_sizes_.array() = eta / (second_moment_.array().sqrt() + eps);
      last_update_.array() = -step_sizes_.array() * gradient.array();
      break;
    case OptimizerKind::kRmsProp: {
      const double rho = config_.beta2;
      second_moment_.array() = rho * second_moment_.array() + (1 - rho) * gradient.array().square();
      step_sizes_.array() = eta / (second_moment_.array().sqrt() + eps);
      last_update_.array() = -step_sizes_.array() * gradient.array();
      break;
    }
    case OptimizerKind::kAdam: {
      const double b1 = config_.beta1, b2 = config_.beta2;
      first_moment_ = b1 * first_moment_ + (1 - b1) * gradient;
      second_moment_.array() = b2 * second_moment_.array() + (1 - b2) * gradient.array().square();
      // Running products instead of std::pow: exact IEEE multiplications, identical everywhere.
      beta1_power_ *= b1;
      beta2_power_ *= b2;
      const double m_scale = 1 / (1 - beta1_power_), v_scale = 1 / (1 - beta2_power_);
      step_sizes_.array() = eta / ((second_moment_.array() * v_scale).sqrt() + eps);
      last_update_.array() = -step_sizes_.array() * (first_moment_.array() * m_scale);
      break;
    }
    case OptimizerKind::kRprop:
      RpropStep(gradient, eta);
      break;
  }
  *params += last_update_;
  ++step_count_;
}

void Optimizer::RpropStep(const Eigen::VectorXd& gradient, double learning_rate) {
  const double min_step = config_.rprop_min_step, max_step = config_.rprop_max_step;
  if (step_count_ == 0) {
    // The first step size is the learning rate, kept inside the bounds like every later one.
    step_sizes_.setConstant(std::fmin(std::fmax(learning_rate, min_step), max_step));
    previous_gradient_.setZero();
  }
  for (Eigen::Index i = 0; i < gradient.size(); ++i) {
    const double agreement = gradient[i] * previous_gradient_[i];
    if (agreement > 0) {
      step_sizes_[i] = std::fmin(step_sizes_[i] * config_.rprop_increase, max_step);
    } else if (agreement < 0) {
      step_sizes_[i] = std::fmax(step_sizes_[i] * config_.rprop_decrease, min_step);
    }
    // Rprop− (seed 003): even after a sign flip the weight moves by the sign of this gradient;
    // there is no backtracking, and the flipped gradient is remembered as is.
    last_update_[i] = -Sign(gradient[i]) * step_sizes_[i];
    previous_gradient_[i] = gradient[i];
  }
}

}  // namespace descent
