#include "bindings/trainer_config.h"

#include "bindings/js_args.h"

namespace descent::bindings {

namespace {
std::string UnknownName(const char* what, const std::string& name,
                        const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& n : names) list += (list.empty() ? "" : ", ") + n;
  return std::string("Unknown ") + what + " '" + name + "'. Choose one of: " + list + ".";
}
}  // namespace

TrainerConfig ReadTrainerConfig(const emscripten::val& options, const Objective& objective) {
  JsObjectReader in(options, "trainer options");
  TrainerConfig config;
  config.learning_rate = in.Number("learningRate", config.learning_rate);

  OptimizerConfig& opt = config.optimizer;
  const std::string optimizer = in.String("optimizer", "sgd");
  opt.momentum = in.Number("momentum", opt.momentum);
  opt.beta1 = in.Number("beta1", opt.beta1);
  opt.beta2 = in.Number("beta2", opt.beta2);
  opt.epsilon = in.Number("epsilon", opt.epsilon);
  opt.rprop_increase = in.Number("rpropIncrease", opt.rprop_increase);
  opt.rprop_decrease = in.Number("rpropDecrease", opt.rprop_decrease);
  opt.rprop_min_step = in.Number("rpropMinStep", opt.rprop_min_step);
  opt.rprop_max_step = in.Number("rpropMaxStep", opt.rprop_max_step);

  ScheduleConfig& schedule = config.schedule;
  const std::string schedule_name = in.String("schedule", "constant");
  schedule.decay = in.Number("decay", schedule.decay);
  schedule.period = in.Integer("period", schedule.period);
  schedule.min_rate = in.Number("minRate", schedule.min_rate);

  const std::string sampling = in.String("sampling", "full");
  config.sampling.batch_size = in.Integer("batchSize", config.sampling.batch_size);

  config.stop.max_steps = in.Integer("maxSteps", config.stop.max_steps);
  config.stop.parameter_change_tol = in.Number("parameterChangeTol", 0);
  config.stop.gradient_tol = in.Number("gradientTol", 0);
  config.stop.divergence_cost = in.Number("divergenceCost", config.stop.divergence_cost);

  const double seed = in.Number("seed", 1);
  config.history_capacity = in.Integer("historyCapacity", config.history_capacity);
  config.path_capacity = in.Integer("pathCapacity", config.path_capacity);
  config.record_path = in.Bool("recordPath", config.record_path);
  in.ThrowIfAny();

  if (!OptimizerKindFromName(optimizer, &opt.kind)) {
    ThrowError(UnknownName("optimizer", optimizer, OptimizerNames()));
  }
  if (!ScheduleKindFromName(schedule_name, &schedule.kind)) {
    ThrowError(UnknownName("schedule", schedule_name, ScheduleNames()));
  }
  if (!SamplingKindFromName(sampling, &config.sampling.kind)) {
    ThrowError(UnknownName("sampling", sampling, SamplingNames()));
  }
  RequireRange(seed, 0, 9007199254740991.0, "seed");
  config.seed = static_cast<uint64_t>(seed);
  ThrowIfError(ValidateTrainer(config, objective));
  return config;
}

}  // namespace descent::bindings
