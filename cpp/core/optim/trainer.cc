#include "core/optim/trainer.h"

#include <cmath>
#include <cstdio>

namespace descent {
namespace {

std::string Describe(const char* what, double value) {
  char buffer[160];
  std::snprintf(buffer, sizeof buffer, "%s, got %g", what, value);
  return buffer;
}

bool FiniteNonNegative(double x) { return std::isfinite(x) && x >= 0; }

}  // namespace

const char* RunStateName(RunState state) {
  switch (state) {
    case RunState::kReady:
      return "ready";
    case RunState::kRunning:
      return "running";
    case RunState::kMaxSteps:
      return "max-steps";
    case RunState::kConverged:
      return "converged";
    case RunState::kGradientSmall:
      return "gradient-small";
    case RunState::kDiverged:
      return "diverged";
  }
  return "unknown";
}

std::string ValidateTrainer(const TrainerConfig& config, const Objective& objective) {
  if (!(std::isfinite(config.learning_rate) && config.learning_rate > 0))
    return Describe("learning rate must be a finite number > 0", config.learning_rate);
  std::string message = ValidateOptimizer(config.optimizer);
  if (message.empty()) message = ValidateSchedule(config.schedule);
  if (message.empty()) message = ValidateSampling(config.sampling, objective.SampleCount());
  if (!message.empty()) return message;
  if (config.schedule.kind == ScheduleKind::kCosine &&
      config.schedule.min_rate > config.learning_rate)
    return Describe("minimum learning rate must not exceed the learning rate",
                    config.schedule.min_rate);
  const StopConfig& stop = config.stop;
  if (stop.max_steps < 0)
    return Describe("maximum steps must be >= 0 (0: no limit)", stop.max_steps);
  if (!FiniteNonNegative(stop.parameter_change_tol))
    return Describe("parameter change tolerance must be a finite number >= 0",
                    stop.parameter_change_tol);
  if (!FiniteNonNegative(stop.gradient_tol))
    return Describe("gradient tolerance must be a finite number >= 0", stop.gradient_tol);
  if (!(stop.divergence_cost > 0))  // +infinity is allowed: only NaN/infinite costs then stop
    return Describe("divergence threshold must be > 0", stop.divergence_cost);
  if (config.history_capacity < 2)
    return Describe("cost history capacity must be at least 2", config.history_capacity);
  if (config.record_path && config.path_capacity < 2)
    return Describe("path capacity must be at least 2", config.path_capacity);
  return "";
}

Trainer::Trainer(Objective* objective, const TrainerConfig& config, const Eigen::VectorXd& initial)
    : objective_(objective),
      config_(config),
      initial_(initial),
      params_(initial),
      gradient_(Eigen::VectorXd::Zero(initial.size())),
      previous_params_(initial),
      optimizer_(config.optimizer, static_cast<int>(initial.size())),
      sampler_(config.sampling, objective->SampleCount(), config.seed),
      cost_history_(config.history_capacity, 1),
      // No path storage at all when it is off: a network's θ times 1024 entries is large.
      path_(config.record_path ? config.path_capacity : 0, static_cast<int>(initial.size())) {
  // Stop messages are written once per run; reserving keeps even that from allocating.
  stop_message_.reserve(256);
  Reset();
}

void Trainer::Reset(const Eigen::VectorXd& initial) {
  initial_ = initial;  // same length as before (a different length would reallocate)
  Reset();
}

void Trainer::Reset() {
  params_ = initial_;
  previous_params_ = initial_;
  gradient_.setZero();
  optimizer_.Reset();
  sampler_.Reset(config_.seed);
  cost_history_.Clear();
  path_.Clear();
  // θ_0 is entry t = 0, so the drawn trail starts at the start point.
  path_.Record(0, params_.data());
  cost_ = 0;
  current_rate_ = 0;
  step_count_ = 0;
  state_ = RunState::kReady;
  stop_message_.clear();
}

void Trainer::Stop(RunState state, const char* message) {
  state_ = state;
  stop_message_.assign(message);  // fits the reserved capacity: no allocation
}

int Trainer::Step(int n) {
  const StopConfig& stop = config_.stop;
  char message[256];
  int run = 0;
  while (run < n && !stopped()) {
    const int t = step_count_ + 1;
    const std::vector<int>& batch = sampler_.NextBatch();
    cost_ = objective_->Evaluate(params_, batch, &gradient_);
    // The divergent step is not counted and its update never applied: params() stays the last
    // finite point, so the UI never has to draw a NaN.
    if (!std::isfinite(cost_) || !gradient_.allFinite()) {
      std::snprintf(message, sizeof message,
                    "The cost became infinite or NaN at step %d: the learning rate is too large "
                    "for this valley. Press Reset.",
                    t);
      Stop(RunState::kDiverged, message);
      break;
    }
    if (std::fabs(cost_) > stop.divergence_cost) {
      std::snprintf(message, sizeof message,
                    "The cost grew beyond %g at step %d: the learning rate is too large for this "
                    "valley. Press Reset.",
                    stop.divergence_cost, t);
      Stop(RunState::kDiverged, message);
      break;
    }
    step_count_ = t;
    ++run;
    cost_history_.Record(t, &cost_);
    state_ = RunState::kRunning;
    const double gradient_norm = gradient_.norm();
    if (stop.gradient_tol > 0 && gradient_norm < stop.gradient_tol) {
      std::snprintf(message, sizeof message,
                    "Stopped at step %d: the gradient norm %g is below the tolerance %g.", t,
                    gradient_norm, stop.gradient_tol);
      Stop(RunState::kGradientSmall, message);
      break;
    }
    current_rate_ = LearningRateAt(config_.schedule, config_.learning_rate, t);
    previous_params_ = params_;
    optimizer_.Step(gradient_, current_rate_, &params_);
    if (!params_.allFinite()) {
      // A finite gradient can still overflow θ; roll back so params() stays drawable.
      params_ = previous_params_;
      std::snprintf(message, sizeof message,
                    "The parameters became infinite at step %d: the learning rate is too large "
                    "for this valley. Press Reset.",
                    t);
      Stop(RunState::kDiverged, message);
      break;
    }
    path_.Record(t, params_.data());
    const double change = optimizer_.last_update().norm();
    if (stop.parameter_change_tol > 0 && change < stop.parameter_change_tol) {
      std::snprintf(message, sizeof message,
                    "Converged at step %d: the parameters moved %g, less than the tolerance %g.", t,
                    change, stop.parameter_change_tol);
      Stop(RunState::kConverged, message);
      break;
    }
    if (stop.max_steps > 0 && t >= stop.max_steps) {
      std::snprintf(message, sizeof message, "Reached the limit of %d steps.", stop.max_steps);
      Stop(RunState::kMaxSteps, message);
      break;
    }
  }
  return run;
}

}  // namespace descent
