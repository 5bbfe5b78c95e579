#include "bindings/network_handle.h"

#include <emscripten/val.h>

#include <algorithm>
#include <cmath>

#include "bindings/generator_options.h"
#include "bindings/js_args.h"
#include "bindings/trainer_config.h"
#include "core/net/layer_stats.h"
#include "core/random.h"

namespace descent::bindings {

using emscripten::typed_memory_view;
using emscripten::val;

namespace {

// As for the trainer: many steps per call are fine, a mistyped billion is not.
constexpr int kMaxStepsPerCall = 1'000'000;
constexpr int kMaxEpochsPerCall = 10'000;
// The path of θ for landscape projections: 256 entries of every parameter is
// plenty for a drawn trail and keeps a 8×16 network's record near 5 MB.
constexpr int kDefaultPathCapacity = 256;

// Only ParameterCount and SampleCount matter to ReadTrainerConfig's validation;
// this stand-in lets the options be checked before the real network is built.
class ShapeObjective : public Objective {
public:
  ShapeObjective(int parameters, int samples)
      : parameters_(parameters), samples_(samples) {}
  int ParameterCount() const override { return parameters_; }
  int SampleCount() const override { return samples_; }
  double Evaluate(const Eigen::VectorXd &, const std::vector<int> &,
                  Eigen::VectorXd *) override {
    return 0;
  }

private:
  int parameters_, samples_;
};

val RowsView(const RowMatrix &m) {
  return val(typed_memory_view(static_cast<size_t>(m.size()), m.data()));
}

val HistoryValues(const History &history) {
  return val(typed_memory_view(history.size() * history.width(),
                               history.values().data()));
}

val HistorySteps(const History &history) {
  return val(typed_memory_view(history.size(), history.steps().data()));
}

} // namespace

NetworkHandle *NetworkHandle::Create(const val &network_options,
                                     const val &data_options,
                                     const val &trainer_options) {
  NetworkOptions options = ReadNetworkOptions(network_options);
  GeneratorConfig generator;
  double test_fraction = 0;
  TrainTestSplit split =
      ReadData(data_options, options.config, options.outputs_given, &generator,
               &test_fraction);
  options.config.outputs = split.train.target_dim();
  const NetworkLayout layout = MakeLayout(options.config);
  ShapeObjective shape(layout.ParameterCount(), split.train.size());
  TrainerConfig trainer_config = ReadTrainerConfig(trainer_options, shape);
  JsObjectReader in(trainer_options, "trainer options");
  const bool path_given = in.Has("pathCapacity");
  if (!path_given)
    trainer_config.path_capacity = kDefaultPathCapacity;

  // Everything is valid: build.
  auto *handle = new NetworkHandle();
  handle->options_ = options;
  handle->trainer_config_ = trainer_config;
  handle->requested_batch_ = trainer_config.sampling.batch_size;
  handle->generator_ = generator;
  handle->test_fraction_ = test_fraction;
  handle->task_ = [&] {
    switch (FindGenerator(generator.name)->task) {
    case GeneratorTask::kRegression:
      return "regression";
    case GeneratorTask::kMultiClass:
      return "multi-class";
    default:
      return "binary";
    }
  }();
  handle->split_ = std::move(split);
  handle->network_ = std::make_unique<Network>(options.config);
  handle->ApplyData();
  Random random(options.seed);
  handle->network_->Initialize(&handle->initial_, &random);
  const int layers = handle->network_->LayerCount();
  const int capacity = std::max(2, trainer_config.history_capacity);
  handle->delta_history_ = std::make_unique<History>(capacity, layers);
  handle->gradient_history_ = std::make_unique<History>(capacity, layers);
  handle->ratio_history_ = std::make_unique<History>(capacity, layers);
  handle->cost_history_ = std::make_unique<History>(capacity, 2);
  handle->ratios_.assign(layers, 0.0);
  handle->row_.assign(2, 0.0);
  handle->probe_ = std::make_unique<NetworkProbe>(handle->network_.get());
  handle->metrics_ = std::make_unique<NetworkMetrics>(handle->network_.get());
  handle->probe_input_.assign(2, 0.0);
  handle->probe_target_.assign(options.config.outputs, 0.0);
  handle->BuildTrainer(handle->initial_);
  return handle;
}

void NetworkHandle::ApplyData() {
  ThrowIfError(network_->SetData(split_.train.inputs, split_.train.targets));
  ThrowIfError(network_->SetTestData(split_.test.inputs, split_.test.targets));
}

void NetworkHandle::BuildTrainer(const Eigen::VectorXd &start) {
  TrainerConfig config = trainer_config_;
  config.sampling.batch_size =
      std::clamp(requested_batch_, 1, std::max(1, network_->SampleCount()));
  trainer_ = std::make_unique<Trainer>(network_.get(), config, start);
  delta_history_->Clear();
  gradient_history_->Clear();
  ratio_history_->Clear();
  cost_history_->Clear();
  std::fill(ratios_.begin(), ratios_.end(), 0.0);
  last_epoch_ = 0;
  RecordEpoch();
}

void NetworkHandle::RecordEpoch() {
  const Eigen::VectorXd &params = trainer_->params();
  row_[0] = network_->Cost(params, DataSplit::kTrain);
  row_[1] = network_->Cost(params, DataSplit::kTest);
  cost_history_->Record(last_epoch_, row_.data());
}

void NetworkHandle::RecordStep() {
  const int t = trainer_->step_count();
  delta_history_->Record(t, network_->delta_norms().data());
  gradient_history_->Record(t, network_->weight_gradient_norms().data());
  LayerUpdateRatios(network_->layout(), trainer_->params(),
                    trainer_->optimizer().last_update(), ratios_.data());
  ratio_history_->Record(t, ratios_.data());
}

int NetworkHandle::Step(int n) {
  RequireRange(n, 0, kMaxStepsPerCall, "steps per call");
  // The layer-health chart is drawn once per frame, so the per-layer statistics are computed
  // and recorded only for the last step of the call; the steps before it run in batched
  // trainer calls with the network's layer norms off (bit-identical θ and costs). The batches
  // stop at every epoch boundary so that each epoch's train/test cost is recorded at exactly
  // the θ where the epoch ended, as when stepping one at a time.
  int done = 0;
  bool last_recorded = false;
  while (done < n) {
    const int remaining = n - done;
    int chunk = std::min(remaining - 1, trainer_->steps_left_in_epoch());
    const bool last = chunk == 0;
    if (last)
      chunk = 1;
    network_->set_record_layer_norms(last);
    const int ran = trainer_->Step(chunk);
    done += ran;
    last_recorded = last && ran == 1;
    while (last_epoch_ < trainer_->epoch()) {
      ++last_epoch_;
      RecordEpoch();
    }
    if (ran < chunk)
      break;
  }
  network_->set_record_layer_norms(true);
  // A run stopped early (a stop rule fired in a batch) has no fresh statistics of its last
  // step; the histories then skip this call rather than record stale norms.
  if (last_recorded)
    RecordStep();
  return done;
}

int NetworkHandle::StepEpochs(int epochs) {
  RequireRange(epochs, 0, kMaxEpochsPerCall, "epochs per call");
  const int target = trainer_->epoch() + epochs;
  int done = 0;
  // One Step call per epoch: the layer statistics are sampled at each epoch's end.
  while (trainer_->epoch() < target) {
    const int chunk =
        std::min(trainer_->steps_left_in_epoch(), kMaxStepsPerCall);
    const int ran = Step(chunk);
    done += ran;
    if (ran < chunk)
      break;
  }
  return done;
}

void NetworkHandle::Reset() {
  trainer_->Reset(initial_);
  delta_history_->Clear();
  gradient_history_->Clear();
  ratio_history_->Clear();
  cost_history_->Clear();
  std::fill(ratios_.begin(), ratios_.end(), 0.0);
  last_epoch_ = 0;
  RecordEpoch();
}

void NetworkHandle::Reinitialize(double seed) {
  RequireRange(seed, 0, 9007199254740991.0, "seed");
  options_.seed = static_cast<uint64_t>(seed);
  Random random(options_.seed);
  network_->Initialize(&initial_, &random);
  Reset();
}

double NetworkHandle::TrainCost() {
  return network_->Cost(trainer_->params(), DataSplit::kTrain);
}
double NetworkHandle::TestCost() {
  return network_->Cost(trainer_->params(), DataSplit::kTest);
}

double NetworkHandle::Accuracy(bool test) {
  return metrics_->Compute(trainer_->params(),
                           test ? DataSplit::kTest : DataSplit::kTrain);
}

val NetworkHandle::Confusion(bool test) {
  metrics_->Compute(trainer_->params(),
                    test ? DataSplit::kTest : DataSplit::kTrain);
  const std::vector<int> &counts = metrics_->confusion();
  return val(typed_memory_view(counts.size(), counts.data()));
}

val NetworkHandle::Params() const { return View(trainer_->params()); }
val NetworkHandle::InitialParams() const { return View(initial_); }
val NetworkHandle::Gradient() const { return View(trainer_->gradient()); }

val NetworkHandle::LayerSizes() const {
  val sizes = val::array();
  for (int size : network_->layout().layer_sizes())
    sizes.call<void>("push", size);
  return sizes;
}

void NetworkHandle::RequireLayer(int l) const {
  RequireRange(l, 1, network_->LayerCount(), "layer");
}

double NetworkHandle::GetWeight(int l, int j, int k) const {
  RequireLayer(l);
  RequireRange(j, 0, network_->layout().LayerSize(l) - 1, "neuron index j");
  RequireRange(k, 0, network_->layout().LayerSize(l - 1) - 1, "input index k");
  return network_->GetWeight(trainer_->params(), l, j, k);
}

void NetworkHandle::SetWeight(int l, int j, int k, double value) {
  RequireLayer(l);
  RequireRange(j, 0, network_->layout().LayerSize(l) - 1, "neuron index j");
  RequireRange(k, 0, network_->layout().LayerSize(l - 1) - 1, "input index k");
  RequireFinite(value, "weight");
  network_->SetWeight(trainer_->mutable_params(), l, j, k, value);
}

double NetworkHandle::GetBias(int l, int j) const {
  RequireLayer(l);
  RequireRange(j, 0, network_->layout().LayerSize(l) - 1, "neuron index j");
  return network_->GetBias(trainer_->params(), l, j);
}

void NetworkHandle::SetBias(int l, int j, double value) {
  RequireLayer(l);
  RequireRange(j, 0, network_->layout().LayerSize(l) - 1, "neuron index j");
  RequireFinite(value, "bias");
  network_->SetBias(trainer_->mutable_params(), l, j, value);
}

void NetworkHandle::SetParams(const val &params) {
  *trainer_->mutable_params() =
      ReadNumberArray(params, ParameterCount(), "parameters");
}

val NetworkHandle::LayerHistorySteps() const {
  return HistorySteps(*delta_history_);
}
val NetworkHandle::DeltaNormHistory() const {
  return HistoryValues(*delta_history_);
}
val NetworkHandle::WeightGradientNormHistory() const {
  return HistoryValues(*gradient_history_);
}
val NetworkHandle::UpdateRatioHistory() const {
  return HistoryValues(*ratio_history_);
}
val NetworkHandle::CostHistoryEpochs() const {
  return HistorySteps(*cost_history_);
}
val NetworkHandle::CostHistoryValues() const {
  return HistoryValues(*cost_history_);
}
val NetworkHandle::BatchCostSteps() const {
  return HistorySteps(trainer_->cost_history());
}
val NetworkHandle::BatchCostValues() const {
  return HistoryValues(trainer_->cost_history());
}
val NetworkHandle::DeltaNorms() const { return View(network_->delta_norms()); }
val NetworkHandle::WeightGradientNorms() const {
  return View(network_->weight_gradient_norms());
}
val NetworkHandle::UpdateRatios() const { return View(ratios_); }

val NetworkHandle::TrainInputs() const { return RowsView(split_.train.inputs); }
val NetworkHandle::TrainTargets() const {
  return RowsView(split_.train.targets);
}
val NetworkHandle::TestInputs() const { return RowsView(split_.test.inputs); }
val NetworkHandle::TestTargets() const { return RowsView(split_.test.targets); }

} // namespace descent::bindings
