// libFuzzer target: the option readers the bindings hand every JS options object to
// (MakeTrainerConfig, MakeGeneratorConfig, MakeNetworkConfig and NetworkSession::Create, which
// reads all three), with names and numbers at and beyond their edges (docs/robustness.md).
// A refusal must be a message naming what it refuses; what is accepted must build and train a
// few steps without a sanitizer finding, and its costs must be finite unless the run diverged.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/data/generator_options.h"
#include "core/message.h"
#include "core/net/network_options.h"
#include "core/net/network_session.h"
#include "core/optim/trainer.h"
#include "core/optim/trainer_options.h"
#include "core/surfaces/surface.h"
#include "core/surfaces/surface_objective.h"
#include "fuzz/fuzz_values.h"

namespace descent {
namespace {

using fuzz::FuzzDouble;
using fuzz::FuzzInt;
using fuzz::FuzzName;
using fuzz::Require;

// Training work per input stays small so that libFuzzer keeps its pace: a session is stepped
// only when its data set is at most this many points.
constexpr int kMostPointsStepped = 400;
constexpr int kStepsPerInput = 3;

TrainerOptions FuzzTrainer(FuzzedDataProvider* data) {
  TrainerOptions options;
  options.learning_rate = FuzzDouble(data);
  options.optimizer = FuzzName(data, OptimizerNames());
  options.momentum = FuzzDouble(data);
  options.beta1 = FuzzDouble(data);
  options.beta2 = FuzzDouble(data);
  options.epsilon = FuzzDouble(data);
  options.rprop_increase = FuzzDouble(data);
  options.rprop_decrease = FuzzDouble(data);
  options.rprop_min_step = FuzzDouble(data);
  options.rprop_max_step = FuzzDouble(data);
  options.schedule = FuzzName(data, ScheduleNames());
  options.decay = FuzzDouble(data);
  options.period = FuzzInt(data);
  options.min_rate = FuzzDouble(data);
  options.sampling = FuzzName(data, SamplingNames());
  options.batch_size = FuzzInt(data);
  options.max_steps = FuzzInt(data);
  options.parameter_change_tol = FuzzDouble(data);
  options.gradient_tol = FuzzDouble(data);
  options.divergence_cost = FuzzDouble(data);
  options.seed = FuzzDouble(data);
  options.history_capacity = FuzzInt(data);
  if (data->ConsumeBool()) options.path_capacity = FuzzInt(data);
  options.record_path = data->ConsumeBool();
  return options;
}

void FuzzGenerator(FuzzedDataProvider* data, GeneratorOptions* options) {
  options->dataset = FuzzName(data, GeneratorNames());
  options->count = data->ConsumeBool() ? data->ConsumeIntegralInRange(0, 120) : FuzzInt(data);
  options->noise = FuzzDouble(data);
  options->seed = FuzzDouble(data);
  options->encoding = data->ConsumeBool() ? "" : FuzzName(data, LabelEncodingNames());
  options->classes = FuzzInt(data);
}

NetworkOptions FuzzNetwork(FuzzedDataProvider* data) {
  NetworkOptions options;
  options.features.clear();
  const int features = data->ConsumeIntegralInRange(0, 9);
  for (int i = 0; i < features; ++i) options.features.push_back(FuzzName(data, FeatureNames()));
  options.hidden_sizes.clear();
  const int layers = data->ConsumeIntegralInRange(0, 10);
  for (int i = 0; i < layers; ++i) {
    options.hidden_sizes.push_back(data->ConsumeBool() ? data->ConsumeIntegralInRange(1, 8)
                                                       : FuzzDouble(data));
  }
  options.hidden_activation = FuzzName(data, HiddenActivationNames());
  options.output_activation = FuzzName(data, OutputActivationNames());
  if (data->ConsumeBool()) options.outputs = FuzzInt(data);
  options.cost = FuzzName(data, CostNames());
  options.regularization = FuzzName(data, RegularizationNames());
  options.regularization_rate = FuzzDouble(data);
  options.init = FuzzName(data, InitNames());
  options.init_scale = FuzzDouble(data);
  options.init_bias = FuzzDouble(data);
  options.seed = FuzzDouble(data);
  return options;
}

// A refusal quotes the offending value briefly, whatever the value was (a long name too).
void RequireRefusalReadable(const std::string& message) {
  Require(message.size() <= 400, "a refusal's message is short");
}

// A trainer on a surface: the Valley lab's path from JS options to steps.
void FuzzSurfaceTrainer(FuzzedDataProvider* data) {
  SurfaceParams params;
  params.condition_number = FuzzDouble(data);
  params.rotation_degrees = FuzzDouble(data);
  const std::string name = FuzzName(data, SurfaceNames());
  std::unique_ptr<Surface> surface = MakeSurface(name, params);
  Require((surface == nullptr) == !ValidateSurface(name, params).empty(),
          "MakeSurface refuses exactly what ValidateSurface refuses");
  if (!surface) return;
  SurfaceObjective objective(std::move(surface));
  const TrainerOptions options = FuzzTrainer(data);
  TrainerConfig config;
  const std::string message = MakeTrainerConfig(options, objective, 256, &config);
  if (!message.empty()) {
    RequireRefusalReadable(message);
    return;
  }
  Eigen::VectorXd start(2);
  start << FuzzDouble(data), FuzzDouble(data);
  if (!start.allFinite()) return;  // the binding refuses a non-finite start before this
  Trainer trainer(&objective, config, start);
  trainer.Step(kStepsPerInput);
  Require(std::isfinite(trainer.cost()) || trainer.state() == RunState::kDiverged ||
              trainer.step_count() == 0,
          "a surface trainer's cost is finite unless it diverged");
}

// The Network lab's path: network, data and trainer options into one session, then steps.
void FuzzNetworkSession(FuzzedDataProvider* data) {
  const NetworkOptions network = FuzzNetwork(data);
  NetworkDataOptions data_options;
  FuzzGenerator(data, &data_options);
  data_options.test_fraction = data->ConsumeBool() ? 0.5 : FuzzDouble(data);
  const TrainerOptions trainer = FuzzTrainer(data);
  std::unique_ptr<NetworkSession> session;
  const std::string message = NetworkSession::Create(network, data_options, trainer, &session);
  if (!message.empty()) {
    Require(session == nullptr, "a refused session is not built");
    RequireRefusalReadable(message);
    return;
  }
  Require(session != nullptr, "an accepted session is built");
  if (data_options.count > kMostPointsStepped) return;
  int ran = 0;
  const std::string step_message = session->Step(kStepsPerInput, &ran);
  Require(step_message.empty(), "stepping an accepted session a few steps is no refusal");
  const double cost = session->TrainCost();
  const RunState state = session->trainer().state();
  if (!std::isfinite(cost) && state != RunState::kDiverged) {
    // The trainer evaluates where a step landed at the next step (and once after the last
    // allowed one): a run that is still running may stand on an infinite cost for the moment,
    // but the next step must say it diverged.
    Require(state == RunState::kRunning, "a stopped run stands on a finite cost");
    Require(session->Step(1, &ran).empty(), "stepping once more is no refusal");
    Require(session->trainer().state() == RunState::kDiverged,
            "the step after an infinite cost reports a divergence");
  }
  const double accuracy = session->Accuracy(false);
  Require(std::isnan(accuracy) || (accuracy >= 0 && accuracy <= 1), "accuracy within [0, 1]");
}

void FuzzGeneratorOnly(FuzzedDataProvider* data) {
  GeneratorOptions options;
  FuzzGenerator(data, &options);
  GeneratorConfig config;
  const LabelEncoding fallback =
      data->ConsumeBool() ? LabelEncoding::kZeroOne : LabelEncoding::kPlusMinusOne;
  const std::string message = MakeGeneratorConfig(options, fallback, &config);
  if (!message.empty()) {
    RequireRefusalReadable(message);
    return;
  }
  const Dataset dataset = GenerateDataset(config);
  Require(dataset.size() == config.count, "as many points as asked");
  Require(dataset.inputs.allFinite() && dataset.targets.allFinite(), "finite points");
}

}  // namespace
}  // namespace descent

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  FuzzedDataProvider data(bytes, size);
  switch (data.ConsumeIntegralInRange(0, 2)) {
    case 0:
      descent::FuzzSurfaceTrainer(&data);
      break;
    case 1:
      descent::FuzzNetworkSession(&data);
      break;
    default:
      descent::FuzzGeneratorOnly(&data);
      break;
  }
  return 0;
}
