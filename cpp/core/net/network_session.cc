#include "core/net/network_session.h"

#include <algorithm>
#include <cmath>

#include "core/message.h"
#include "core/net/layer_stats.h"
#include "core/random.h"

namespace descent {

namespace {

// Only ParameterCount and SampleCount matter to ValidateTrainer; this stand-in lets the trainer
// options be checked before the network is built.
class ShapeObjective : public Objective {
 public:
  ShapeObjective(int parameters, int samples) : parameters_(parameters), samples_(samples) {}
  int ParameterCount() const override { return parameters_; }
  int SampleCount() const override { return samples_; }
  double Evaluate(const Eigen::VectorXd&, const std::vector<int>&, Eigen::VectorXd*) override {
    return 0;
  }

 private:
  int parameters_, samples_;
};

}  // namespace

std::string NetworkSession::Create(const NetworkOptions& network, const NetworkDataOptions& data,
                                   const TrainerOptions& trainer,
                                   std::unique_ptr<NetworkSession>* session) {
  NetworkConfig config;
  uint64_t seed = 1;
  std::string message = MakeNetworkConfig(network, &config, &seed);
  if (!message.empty()) return message;
  GeneratorConfig generator;
  TrainTestSplit split;
  message = ReadData(data, config, network.outputs.has_value(), &generator, &split);
  if (!message.empty()) return message;
  config.outputs = split.train.target_dim();
  const ShapeObjective shape(MakeLayout(config).ParameterCount(), split.train.size());
  TrainerConfig trainer_config;
  message = MakeTrainerConfig(trainer, shape, kDefaultPathCapacity, &trainer_config);
  if (!message.empty()) return message;

  // Everything is valid: build.
  std::unique_ptr<NetworkSession> built(new NetworkSession());
  NetworkSession& s = *built;
  s.seed_ = seed;
  s.trainer_config_ = trainer_config;
  s.requested_batch_ = trainer_config.sampling.batch_size;
  s.generator_ = generator;
  s.task_ = FindGenerator(generator.name)->task;
  s.split_ = std::move(split);
  s.network_ = std::make_unique<Network>(config);
  s.network_->SetData(s.split_.train.inputs, s.split_.train.targets);
  s.network_->SetTestData(s.split_.test.inputs, s.split_.test.targets);
  Random random(seed);
  s.network_->Initialize(&s.initial_, &random);
  const int layers = s.network_->LayerCount();
  const int capacity = std::max(2, trainer_config.history_capacity);
  s.delta_history_ = std::make_unique<History>(capacity, layers);
  s.gradient_history_ = std::make_unique<History>(capacity, layers);
  s.ratio_history_ = std::make_unique<History>(capacity, layers);
  s.cost_history_ = std::make_unique<History>(capacity, 2);
  s.ratios_.assign(layers, 0.0);
  s.probe_ = std::make_unique<NetworkProbe>(s.network_.get());
  s.metrics_ = std::make_unique<NetworkMetrics>(s.network_.get());
  s.probe_input_.assign(2, 0.0);
  s.probe_target_.assign(config.outputs, 0.0);
  s.BuildTrainer(s.initial_);
  *session = std::move(built);
  return "";
}

void NetworkSession::BuildTrainer(const Eigen::VectorXd& start) {
  TrainerConfig config = trainer_config_;
  // A batch bigger than the data (a few clicked points) is the whole data.
  config.sampling.batch_size =
      std::clamp(requested_batch_, 1, std::max(1, network_->SampleCount()));
  trainer_ = std::make_unique<Trainer>(network_.get(), config, start);
  ClearHistories();
}

void NetworkSession::ClearHistories() {
  delta_history_->Clear();
  gradient_history_->Clear();
  ratio_history_->Clear();
  cost_history_->Clear();
  std::fill(ratios_.begin(), ratios_.end(), 0.0);
  last_epoch_ = 0;
  RecordEpoch();
}

void NetworkSession::RecordEpoch() {
  const Eigen::VectorXd& theta = trainer_->params();
  cost_row_[0] = network_->Cost(theta, DataSplit::kTrain);
  cost_row_[1] = network_->Cost(theta, DataSplit::kTest);
  cost_history_->Record(last_epoch_, cost_row_);
}

void NetworkSession::RecordStep() {
  const int t = trainer_->step_count();
  delta_history_->Record(t, network_->delta_norms().data());
  gradient_history_->Record(t, network_->weight_gradient_norms().data());
  LayerUpdateRatios(network_->layout(), trainer_->params(), trainer_->optimizer().last_update(),
                    ratios_.data());
  ratio_history_->Record(t, ratios_.data());
}

std::string NetworkSession::Step(int n, int* ran) {
  std::string message = CheckRange(n, 0, kMaxStepsPerCall, "steps per call");
  if (!message.empty()) return message;
  // The layer-health chart is drawn once per frame, so the per-layer statistics are computed
  // and recorded only for the last step of the call; the steps before it run in batched
  // trainer calls with the network's layer norms off (bit-identical θ and costs). The batches
  // stop at every epoch boundary so that each epoch's train/test cost is recorded at exactly
  // the θ where the epoch ended, as when stepping one at a time.
  int done = 0;
  bool last_recorded = false;
  while (done < n) {
    int chunk = std::min(n - done - 1, trainer_->steps_left_in_epoch());
    const bool last = chunk == 0;
    if (last) chunk = 1;
    network_->set_record_layer_norms(last);
    const int stepped = trainer_->Step(chunk);
    done += stepped;
    last_recorded = last && stepped == 1;
    while (last_epoch_ < trainer_->epoch()) {
      ++last_epoch_;
      RecordEpoch();
    }
    if (stepped < chunk) break;
  }
  network_->set_record_layer_norms(true);
  // A run stopped early (a stop rule fired in a batch) has no fresh statistics of its last
  // step; the histories then skip this call rather than record stale norms.
  if (last_recorded) RecordStep();
  *ran = done;
  return "";
}

std::string NetworkSession::StepEpochs(int epochs, int* ran) {
  std::string message = CheckRange(epochs, 0, kMaxEpochsPerCall, "epochs per call");
  if (!message.empty()) return message;
  const int target = trainer_->epoch() + epochs;
  int done = 0;
  // One Step call per epoch: the layer statistics are sampled at each epoch's end.
  while (trainer_->epoch() < target) {
    const int chunk = std::min(trainer_->steps_left_in_epoch(), kMaxStepsPerCall);
    int stepped = 0;
    Step(chunk, &stepped);
    done += stepped;
    if (stepped < chunk) break;
  }
  *ran = done;
  return "";
}

void NetworkSession::Reset() {
  trainer_->Reset(initial_);
  ClearHistories();
}

std::string NetworkSession::Reinitialize(double seed) {
  std::string message = CheckRange(seed, 0, kMaxSeed, "seed");
  if (!message.empty()) return message;
  seed_ = static_cast<uint64_t>(seed);
  Random random(seed_);
  network_->Initialize(&initial_, &random);
  Reset();
  return "";
}

double NetworkSession::TrainCost() { return network_->Cost(params(), DataSplit::kTrain); }
double NetworkSession::TestCost() { return network_->Cost(params(), DataSplit::kTest); }

double NetworkSession::Accuracy(bool test) {
  return metrics_->Compute(params(), test ? DataSplit::kTest : DataSplit::kTrain);
}

const std::vector<int>& NetworkSession::Confusion(bool test) {
  metrics_->Compute(params(), test ? DataSplit::kTest : DataSplit::kTrain);
  return metrics_->confusion();
}

std::string NetworkSession::RequireNeuron(int l, int j) const {
  std::string message = CheckRange(l, 1, network_->LayerCount(), "layer");
  if (message.empty()) {
    message = CheckRange(j, 0, network_->layout().LayerSize(l) - 1, "neuron index j");
  }
  return message;
}

std::string NetworkSession::GetWeight(int l, int j, int k, double* value) const {
  std::string message = RequireNeuron(l, j);
  if (message.empty()) {
    message = CheckRange(k, 0, network_->layout().LayerSize(l - 1) - 1, "input index k");
  }
  if (message.empty()) *value = network_->GetWeight(params(), l, j, k);
  return message;
}

std::string NetworkSession::SetWeight(int l, int j, int k, double value) {
  std::string message = RequireNeuron(l, j);
  if (message.empty()) {
    message = CheckRange(k, 0, network_->layout().LayerSize(l - 1) - 1, "input index k");
  }
  if (message.empty()) message = CheckFinite(value, "weight");
  if (message.empty()) network_->SetWeight(trainer_->mutable_params(), l, j, k, value);
  return message;
}

std::string NetworkSession::GetBias(int l, int j, double* value) const {
  std::string message = RequireNeuron(l, j);
  if (message.empty()) *value = network_->GetBias(params(), l, j);
  return message;
}

std::string NetworkSession::SetBias(int l, int j, double value) {
  std::string message = RequireNeuron(l, j);
  if (message.empty()) message = CheckFinite(value, "bias");
  if (message.empty()) network_->SetBias(trainer_->mutable_params(), l, j, value);
  return message;
}

std::string NetworkSession::SetParams(const Eigen::VectorXd& values) {
  MessageBuilder message;
  if (values.size() != ParameterCount()) {
    message << "parameters must have " << ParameterCount() << " numbers, got "
            << static_cast<int>(values.size());
    return message.str();
  }
  for (int i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values[i])) {
      message << "parameters[" << i << "] must be a finite number, got " << values[i];
      return message.str();
    }
  }
  *trainer_->mutable_params() = values;
  return "";
}

}  // namespace descent
