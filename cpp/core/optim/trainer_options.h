// A trainer's options as the caller names them (the JS option names, in snake case), with names
// for the optimizer, schedule and sampling, turned into a validated TrainerConfig. The bindings
// only copy JS fields into this struct; every check and every default lives here.
#ifndef DESCENT_CORE_OPTIM_TRAINER_OPTIONS_H_
#define DESCENT_CORE_OPTIM_TRAINER_OPTIONS_H_

#include <optional>
#include <string>

#include "core/objective.h"
#include "core/optim/trainer.h"

namespace descent {

struct TrainerOptions {
  double learning_rate = TrainerConfig().learning_rate;
  std::string optimizer = "sgd";  // OptimizerNames()
  double momentum = OptimizerConfig().momentum;
  double beta1 = OptimizerConfig().beta1;
  double beta2 = OptimizerConfig().beta2;
  double epsilon = OptimizerConfig().epsilon;
  double rprop_increase = OptimizerConfig().rprop_increase;
  double rprop_decrease = OptimizerConfig().rprop_decrease;
  double rprop_min_step = OptimizerConfig().rprop_min_step;
  double rprop_max_step = OptimizerConfig().rprop_max_step;
  std::string schedule = "constant";  // ScheduleNames()
  double decay = ScheduleConfig().decay;
  int period = ScheduleConfig().period;
  double min_rate = ScheduleConfig().min_rate;
  std::string sampling = "full";  // SamplingNames()
  int batch_size = SamplingConfig().batch_size;
  int max_steps = StopConfig().max_steps;
  double parameter_change_tol = 0;
  double gradient_tol = 0;
  double divergence_cost = StopConfig().divergence_cost;
  double seed = 1;  // a JS number: a whole number from 0 to kMaxSeed
  int history_capacity = TrainerConfig().history_capacity;
  std::optional<int> path_capacity;  // absent: the owner's default (TrainerConfig's, or less)
  bool record_path = TrainerConfig().record_path;
};

// "" and *config filled, or the first refusal (an unknown name lists the choices; a number out
// of range names the option). `default_path_capacity` applies when path_capacity is absent.
std::string MakeTrainerConfig(const TrainerOptions& options, const Objective& objective,
                              int default_path_capacity, TrainerConfig* config);

}  // namespace descent

#endif  // DESCENT_CORE_OPTIM_TRAINER_OPTIONS_H_
