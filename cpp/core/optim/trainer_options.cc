#include "core/optim/trainer_options.h"

#include "core/message.h"

namespace descent {

std::string MakeTrainerConfig(const TrainerOptions& options, const Objective& objective,
                              int default_path_capacity, TrainerConfig* config) {
  TrainerConfig result;
  result.learning_rate = options.learning_rate;
  OptimizerConfig& optimizer = result.optimizer;
  if (!OptimizerKindFromName(options.optimizer, &optimizer.kind)) {
    return UnknownName("optimizer", options.optimizer, OptimizerNames());
  }
  optimizer.momentum = options.momentum;
  optimizer.beta1 = options.beta1;
  optimizer.beta2 = options.beta2;
  optimizer.epsilon = options.epsilon;
  optimizer.rprop_increase = options.rprop_increase;
  optimizer.rprop_decrease = options.rprop_decrease;
  optimizer.rprop_min_step = options.rprop_min_step;
  optimizer.rprop_max_step = options.rprop_max_step;
  ScheduleConfig& schedule = result.schedule;
  if (!ScheduleKindFromName(options.schedule, &schedule.kind)) {
    return UnknownName("schedule", options.schedule, ScheduleNames());
  }
  schedule.decay = options.decay;
  schedule.period = options.period;
  schedule.min_rate = options.min_rate;
  if (!SamplingKindFromName(options.sampling, &result.sampling.kind)) {
    return UnknownName("sampling", options.sampling, SamplingNames());
  }
  result.sampling.batch_size = options.batch_size;
  result.stop.max_steps = options.max_steps;
  result.stop.parameter_change_tol = options.parameter_change_tol;
  result.stop.gradient_tol = options.gradient_tol;
  result.stop.divergence_cost = options.divergence_cost;
  std::string message = CheckRange(options.seed, 0, kMaxSeed, "seed");
  if (!message.empty()) return message;
  result.seed = static_cast<uint64_t>(options.seed);
  result.history_capacity = options.history_capacity;
  result.path_capacity = options.path_capacity.value_or(default_path_capacity);
  result.record_path = options.record_path;
  message = ValidateTrainer(result, objective);
  if (message.empty()) *config = result;
  return message;
}

}  // namespace descent
