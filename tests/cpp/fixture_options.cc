#include "fixture_options.h"

#include <vector>

#include "core/data/dataset.h"

namespace descent::testing {
namespace {

// Looks `key` up with `from_name` when present; a message naming the key and value otherwise.
template <typename Kind>
std::string ReadName(const JsonValue& options, const std::string& key,
                     bool (*from_name)(const std::string&, Kind*), Kind* kind) {
  if (!options.Has(key)) return "";
  const std::string name = options.Get(key).string();
  return from_name(name, kind) ? "" : "unknown " + key + " '" + name + "'";
}

}  // namespace

std::string ReadTrainerOptions(const JsonValue& options, TrainerConfig* config) {
  const std::string keys =
      options.CheckKeys("trainer options", {"learningRate",  "optimizer",     "momentum",
                                            "beta1",         "beta2",         "epsilon",
                                            "rpropIncrease", "rpropDecrease", "rpropMinStep",
                                            "rpropMaxStep",  "schedule",      "decay",
                                            "period",        "minRate",       "sampling",
                                            "batchSize",     "maxSteps",      "parameterChangeTol",
                                            "gradientTol",   "seed"});
  if (!keys.empty()) return keys;
  config->learning_rate = options.Number("learningRate", config->learning_rate);
  OptimizerConfig& opt = config->optimizer;
  opt.momentum = options.Number("momentum", opt.momentum);
  opt.beta1 = options.Number("beta1", opt.beta1);
  opt.beta2 = options.Number("beta2", opt.beta2);
  opt.epsilon = options.Number("epsilon", opt.epsilon);
  opt.rprop_increase = options.Number("rpropIncrease", opt.rprop_increase);
  opt.rprop_decrease = options.Number("rpropDecrease", opt.rprop_decrease);
  opt.rprop_min_step = options.Number("rpropMinStep", opt.rprop_min_step);
  opt.rprop_max_step = options.Number("rpropMaxStep", opt.rprop_max_step);
  ScheduleConfig& schedule = config->schedule;
  schedule.decay = options.Number("decay", schedule.decay);
  schedule.period = static_cast<int>(options.Number("period", schedule.period));
  schedule.min_rate = options.Number("minRate", schedule.min_rate);
  config->sampling.batch_size =
      static_cast<int>(options.Number("batchSize", config->sampling.batch_size));
  config->stop.max_steps = static_cast<int>(options.Number("maxSteps", 0));
  config->stop.parameter_change_tol = options.Number("parameterChangeTol", 0);
  config->stop.gradient_tol = options.Number("gradientTol", 0);
  config->seed = static_cast<uint64_t>(options.Number("seed", 1));
  for (const std::string& error :
       {ReadName(options, "optimizer", OptimizerKindFromName, &opt.kind),
        ReadName(options, "schedule", ScheduleKindFromName, &schedule.kind),
        ReadName(options, "sampling", SamplingKindFromName, &config->sampling.kind)}) {
    if (!error.empty()) return error;
  }
  return "";
}

std::string ReadSurfaceOptions(const JsonValue& options, std::string* name, SurfaceParams* params) {
  const std::string keys =
      options.CheckKeys("surface options", {"name", "conditionNumber", "rotationDegrees"});
  if (!keys.empty()) return keys;
  *name = options.String("name", "");
  params->condition_number = options.Number("conditionNumber", params->condition_number);
  params->rotation_degrees = options.Number("rotationDegrees", params->rotation_degrees);
  return ValidateSurface(*name, *params);
}

std::string ReadNetworkOptions(const JsonValue& options, NetworkConfig* config, uint64_t* seed) {
  const std::string keys = options.CheckKeys(
      "network options",
      {"features", "hiddenSizes", "hiddenActivation", "outputActivation", "cost", "regularization",
       "regularizationRate", "init", "initScale", "initBias", "seed"});
  if (!keys.empty()) return keys;
  if (options.Has("features")) {
    config->features.clear();
    for (const JsonValue& item : options.Get("features").items()) {
      Feature feature;
      if (!FeatureFromName(item.string(), &feature)) {
        return "unknown feature '" + item.string() + "'";
      }
      config->features.push_back(feature);
    }
  }
  if (options.Has("hiddenSizes")) {
    config->hidden_sizes.clear();
    for (double size : options.Numbers("hiddenSizes")) {
      config->hidden_sizes.push_back(static_cast<int>(size));
    }
  }
  config->regularization_rate = options.Number("regularizationRate", 0);
  config->init_scale = options.Number("initScale", config->init_scale);
  config->init_bias = options.Number("initBias", config->init_bias);
  *seed = static_cast<uint64_t>(options.Number("seed", 1));
  for (const std::string& error :
       {ReadName(options, "hiddenActivation", ActivationFromName, &config->hidden_activation),
        ReadName(options, "outputActivation", ActivationFromName, &config->output_activation),
        ReadName(options, "cost", CostFromName, &config->cost),
        ReadName(options, "regularization", RegularizationFromName, &config->regularization),
        ReadName(options, "init", InitFromName, &config->init)}) {
    if (!error.empty()) return error;
  }
  return "";
}

std::string ReadDataOptions(const JsonValue& options, GeneratorConfig* config,
                            double* test_fraction) {
  const std::string keys = options.CheckKeys(
      "data options", {"dataset", "count", "noise", "seed", "encoding", "classes", "testFraction"});
  if (!keys.empty()) return keys;
  config->name = options.String("dataset", config->name);
  config->count = static_cast<int>(options.Number("count", config->count));
  config->noise = options.Number("noise", config->noise);
  config->seed = static_cast<uint64_t>(options.Number("seed", 1));
  config->classes = static_cast<int>(options.Number("classes", config->classes));
  *test_fraction = options.Number("testFraction", 0.5);
  const std::string encoding = options.String("encoding", "plus-minus-one");
  if (encoding == "zero-one") {
    config->encoding = LabelEncoding::kZeroOne;
  } else if (encoding != "plus-minus-one") {
    return "unknown encoding '" + encoding + "'";
  }
  return ValidateGenerator(*config);
}

}  // namespace descent::testing
