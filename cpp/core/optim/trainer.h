// Runs an optimizer on an Objective: schedule, sampling, stop rules, divergence detection and
// the recorded histories the views draw. One Trainer serves the valley, regression,
// classification and network labs.
#ifndef DESCENT_CORE_OPTIM_TRAINER_H_
#define DESCENT_CORE_OPTIM_TRAINER_H_

#include <cstdint>
#include <string>

#include "core/history.h"
#include "core/message.h"
#include "core/objective.h"
#include "core/optim/optimizer.h"
#include "core/optim/sampler.h"
#include "core/optim/schedule.h"

namespace descent {

struct StopConfig {
  int max_steps = 0;                // 0: no limit
  double parameter_change_tol = 0;  // stop when ‖θ_{t+1} − θ_t‖ < tol (seed 004); 0: off
  double gradient_tol = 0;          // stop when ‖∇C‖ < tol; 0: off
  double divergence_cost = 1e12;    // |cost| above this (or non-finite) means diverged
};

enum class RunState { kReady, kRunning, kMaxSteps, kConverged, kGradientSmall, kDiverged };
// "ready", "running", "max-steps", "converged", "gradient-small", "diverged".
const char* RunStateName(RunState state);

struct TrainerConfig {
  double learning_rate = 0.01;  // base rate C of the schedule
  OptimizerConfig optimizer;
  ScheduleConfig schedule;
  SamplingConfig sampling;
  StopConfig stop;
  uint64_t seed = 1;
  int history_capacity = 4096;  // entries kept of the cost history
  int path_capacity = 1024;     // entries kept of the parameter path
  bool record_path = true;      // record θ into path() (the valley's trail; landscape paths)
};

// Upper bounds of the recorded histories. Their storage is reserved when the trainer is made
// (stepping never allocates), so each bound keeps that one allocation reasonable: the path holds
// path_capacity × ParameterCount() doubles, at most kMaxPathValues (128 MB).
constexpr int kMaxHistoryCapacity = 1'000'000;
constexpr int kMaxPathCapacity = 1'000'000;
constexpr double kMaxPathValues = 16'777'216;

// Empty when valid against the objective; otherwise a readable message.
std::string ValidateTrainer(const TrainerConfig& config, const Objective& objective);

class Trainer {
 public:
  // `objective` must outlive the trainer. `initial` has objective->ParameterCount() entries.
  Trainer(Objective* objective, const TrainerConfig& config, const Eigen::VectorXd& initial);

  // Runs up to n steps; fewer when a stop rule fires or the run diverges. Returns the number
  // run. Each step: draw batch, evaluate cost and gradient at θ_t, record, check stops, update.
  // A step whose cost or gradient is non-finite (or |cost| > divergence_cost) is not counted:
  // it is not recorded, its update is not applied, and params() keeps the last finite point
  // (cost() and gradient() then hold the divergent values that were evaluated). An update
  // that would make θ non-finite is rolled back the same way. A stopped trainer runs 0 steps
  // until Reset. Never allocates.
  int Step(int n);

  // Back to the initial parameters (or new ones, of the same length), with optimizer, sampler
  // (same seed) and histories reset, so a rerun is bit-identical. θ_0 is recorded as path
  // entry t = 0.
  void Reset();
  void Reset(const Eigen::VectorXd& initial);

  const Eigen::VectorXd& params() const { return params_; }
  Eigen::VectorXd* mutable_params() { return &params_; }         // editing a weight by hand
  const Eigen::VectorXd& gradient() const { return gradient_; }  // at θ before the last update
  double cost() const { return cost_; }                   // batch cost evaluated in the last step
  double learning_rate() const { return current_rate_; }  // η of the last step
  int step_count() const { return step_count_; }
  int epoch() const { return sampler_.epoch(); }
  // Steps until (and including) the one that completes the current epoch; INT_MAX without data.
  int steps_left_in_epoch() const { return sampler_.BatchesLeftInEpoch(); }
  RunState state() const { return state_; }
  // True in the stopped states (max-steps, converged, gradient-small, diverged).
  bool stopped() const { return state_ != RunState::kReady && state_ != RunState::kRunning; }
  // Why the run stopped, in plain words; empty while it can go on.
  const std::string& stop_message() const { return stop_message_.str(); }
  const Optimizer& optimizer() const { return optimizer_; }
  // Entry per step: the batch cost (steps 1, 2, ...). Path: θ_t (width = parameter count) for
  // t = 0, 1, ... when record_path, else always empty. Both are decimated (see History), so
  // their last entry may lag behind; the current point is params() / cost().
  const History& cost_history() const { return cost_history_; }
  const History& path() const { return path_; }
  const TrainerConfig& config() const { return config_; }

 private:
  Objective* objective_;
  TrainerConfig config_;
  Eigen::VectorXd initial_, params_, gradient_, previous_params_;
  Optimizer optimizer_;
  Sampler sampler_;
  History cost_history_, path_;
  double cost_ = 0, current_rate_ = 0;
  int step_count_ = 0;
  RunState state_ = RunState::kReady;
  MessageBuilder stop_message_;  // capacity reserved at construction

  // Sets the state and returns the emptied stop message for the caller to write.
  MessageBuilder& Stop(RunState state);
};

}  // namespace descent

#endif  // DESCENT_CORE_OPTIM_TRAINER_H_
