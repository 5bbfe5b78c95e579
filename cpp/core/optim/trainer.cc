#include "core/optim/trainer.h"

#include <algorithm>
#include <cmath>

#include "core/message.h"

namespace descent {
namespace {

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
    return DescribeValue("learning rate must be a finite number > 0", config.learning_rate);
  std::string message = ValidateOptimizer(config.optimizer);
  if (message.empty()) message = ValidateSchedule(config.schedule);
  if (message.empty()) message = ValidateSampling(config.sampling, objective.SampleCount());
  if (!message.empty()) return message;
  if (config.schedule.kind == ScheduleKind::kCosine &&
      config.schedule.min_rate > config.learning_rate)
    return DescribeValue("minimum learning rate must not exceed the learning rate",
                         config.schedule.min_rate);
  const StopConfig& stop = config.stop;
  if (stop.max_steps < 0)
    return DescribeValue("maximum steps must be >= 0 (0: no limit)", stop.max_steps);
  if (!FiniteNonNegative(stop.parameter_change_tol))
    return DescribeValue("parameter change tolerance must be a finite number >= 0",
                         stop.parameter_change_tol);
  if (!FiniteNonNegative(stop.gradient_tol))
    return DescribeValue("gradient tolerance must be a finite number >= 0", stop.gradient_tol);
  if (!(stop.divergence_cost > 0))  // +infinity is allowed: only NaN/infinite costs then stop
    return DescribeValue("divergence threshold must be > 0", stop.divergence_cost);
  if (config.history_capacity < 2)
    return DescribeValue("cost history capacity must be at least 2", config.history_capacity);
  MessageBuilder bound;
  if (config.history_capacity > kMaxHistoryCapacity) {
    bound << "cost history capacity must be at most " << kMaxHistoryCapacity << ", got "
          << config.history_capacity;
    return bound.str();
  }
  if (config.record_path && config.path_capacity < 2)
    return DescribeValue("path capacity must be at least 2", config.path_capacity);
  const int parameters = std::max(1, objective.ParameterCount());
  const int most_path =
      static_cast<int>(std::min<double>(kMaxPathCapacity, kMaxPathValues / parameters));
  if (config.record_path && config.path_capacity > most_path) {
    bound << "path capacity must be at most " << most_path << " for " << parameters
          << " parameters, got " << config.path_capacity;
    return bound.str();
  }
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

MessageBuilder& Trainer::Stop(RunState state) {
  state_ = state;
  stop_message_.clear();  // keeps the reserved capacity: writing the message does not allocate
  return stop_message_;
}

int Trainer::Step(int n) {
  const StopConfig& stop = config_.stop;
  int run = 0;
  while (run < n && !stopped()) {
    const int t = step_count_ + 1;
    const std::vector<int>& batch = sampler_.NextBatch();
    cost_ = objective_->Evaluate(params_, batch, &gradient_);
    // The divergent step is not counted and its update never applied: params() stays the last
    // finite point, so the UI never has to draw a NaN.
    // One pass for both the finiteness test and the norm: a finite sum of squares means every
    // entry is finite (only an overflowing sum needs the entry-by-entry test).
    const double gradient_squared = gradient_.squaredNorm();
    if (!std::isfinite(cost_) || (!std::isfinite(gradient_squared) && !gradient_.allFinite())) {
      Stop(RunState::kDiverged) << "The cost became infinite or NaN at step " << t
                                << ": the learning rate is too large for this valley. Press Reset.";
      break;
    }
    if (std::fabs(cost_) > stop.divergence_cost) {
      Stop(RunState::kDiverged) << "The cost grew beyond " << stop.divergence_cost << " at step "
                                << t
                                << ": the learning rate is too large for this valley. Press Reset.";
      break;
    }
    step_count_ = t;
    ++run;
    cost_history_.Record(t, &cost_);
    state_ = RunState::kRunning;
    const double gradient_norm = std::sqrt(gradient_squared);  // = gradient_.norm()
    if (stop.gradient_tol > 0 && gradient_norm < stop.gradient_tol) {
      Stop(RunState::kGradientSmall)
          << "Stopped at step " << t << ": the gradient norm " << gradient_norm
          << " is below the tolerance " << stop.gradient_tol << ".";
      break;
    }
    current_rate_ = LearningRateAt(config_.schedule, config_.learning_rate, t);
    previous_params_ = params_;
    optimizer_.Step(gradient_, current_rate_, &params_);
    if (!params_.allFinite()) {
      // A finite gradient can still overflow θ; roll back so params() stays drawable.
      params_ = previous_params_;
      Stop(RunState::kDiverged) << "The parameters became infinite at step " << t
                                << ": the learning rate is too large for this valley. Press Reset.";
      break;
    }
    // No later step will evaluate where the last allowed one landed: look once (one cost, at
    // the end of a run) so that a run never ends "max-steps" on an infinite or NaN cost.
    const bool last_step = stop.max_steps > 0 && t >= stop.max_steps;
    if (last_step && !std::isfinite(objective_->Evaluate(params_, {}, nullptr))) {
      params_ = previous_params_;
      Stop(RunState::kDiverged) << "The cost became infinite or NaN after step " << t
                                << ": the learning rate is too large for this valley. Press Reset.";
      break;
    }
    path_.Record(t, params_.data());
    if (stop.parameter_change_tol > 0) {
      const double change = optimizer_.last_update().norm();
      if (change < stop.parameter_change_tol) {
        Stop(RunState::kConverged)
            << "Converged at step " << t << ": the parameters moved " << change
            << ", less than the tolerance " << stop.parameter_change_tol << ".";
        break;
      }
    }
    if (stop.max_steps > 0 && t >= stop.max_steps) {
      Stop(RunState::kMaxSteps) << "Reached the limit of " << stop.max_steps << " steps.";
      break;
    }
  }
  return run;
}

}  // namespace descent
