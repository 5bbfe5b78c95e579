#include "bindings/network_handle.h"

#include <emscripten/val.h>

#include <algorithm>
#include <cmath>

#include "bindings/generator_options.h"
#include "bindings/js_args.h"
#include "bindings/trainer_config.h"
#include "core/diagnostics/gradient_check.h"
#include "core/net/layer_stats.h"
#include "core/random.h"

namespace descent::bindings {

using emscripten::typed_memory_view;
using emscripten::val;

namespace {

// As for the trainer: many steps per call are fine, a mistyped billion is not.
constexpr int kMaxStepsPerCall = 1'000'000;
constexpr int kMaxEpochsPerCall = 10'000;
constexpr double kMaxTestFraction = 0.9;
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

val CopyArray(const std::vector<double> &values) {
  return val::global("Float64Array")
      .new_(val(typed_memory_view(values.size(), values.data())));
}

} // namespace

TrainTestSplit NetworkHandle::ReadData(const val &data_options,
                                       const NetworkConfig &config,
                                       bool outputs_given,
                                       GeneratorConfig *generator,
                                       double *test_fraction) {
  GeneratorConfig gen = ReadGeneratorOptions(data_options);
  JsObjectReader in(data_options, "data set options");
  const double fraction = in.Number("testFraction", 0.5);
  const bool encoding_given = in.Has("encoding");
  in.ThrowIfAny();
  RequireRange(fraction, 0, kMaxTestFraction, "testFraction");
  // Sigmoid outputs and binary cross-entropy need 0/1 labels; tanh and linear
  // ones the ±1 labels of the seeds. Unless told, the labels follow the
  // network.
  if (!encoding_given) {
    gen.encoding = (config.output_activation == Activation::kSigmoid ||
                    config.cost == CostKind::kBinaryCrossEntropy)
                       ? LabelEncoding::kZeroOne
                       : LabelEncoding::kPlusMinusOne;
  }
  const Dataset data = GenerateDataset(gen);
  ThrowIfError(ValidateSplit(data.size(), fraction));
  if (outputs_given && data.target_dim() != config.outputs) {
    ThrowError("The data set '" + gen.name + "' has " +
               std::to_string(data.target_dim()) +
               " target(s) per point but the network has " +
               std::to_string(config.outputs) + " output(s).");
  }
  NetworkConfig check = config;
  check.outputs = data.target_dim();
  ThrowIfError(ValidateNetwork(check));
  *generator = gen;
  *test_fraction = fraction;
  return SplitTrainTest(data, fraction, gen.seed);
}

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

void NetworkHandle::SetData(const val &data_options) {
  GeneratorConfig generator;
  double test_fraction = 0;
  TrainTestSplit split = ReadData(data_options, network_->config(), true,
                                  &generator, &test_fraction);
  const char *task = "binary";
  switch (FindGenerator(generator.name)->task) {
  case GeneratorTask::kRegression:
    task = "regression";
    break;
  case GeneratorTask::kMultiClass:
    task = "multi-class";
    break;
  default:
    break;
  }
  generator_ = generator;
  test_fraction_ = test_fraction;
  task_ = task;
  split_ = std::move(split);
  ApplyData();
  landscape_.reset();
  const Eigen::VectorXd current = trainer_->params();
  BuildTrainer(current);
}

void NetworkHandle::AddPoint(double x, double y, double label) {
  RequireFinite(x, "x");
  RequireFinite(y, "y");
  RequireFinite(label, "label");
  if (split_.train.size() >= kMaxGeneratedPoints) {
    ThrowError("The training data already hold " +
               std::to_string(kMaxGeneratedPoints) +
               " points, the most allowed.");
  }
  const int outputs = network_->config().outputs;
  Eigen::RowVectorXd target = Eigen::RowVectorXd::Zero(outputs);
  if (task_ == "regression") {
    target[0] = label;
  } else if (task_ == "multi-class") {
    if (label != std::floor(label) || label < 0 || label >= outputs) {
      ThrowError("The class of a new point must be a whole number from 0 to " +
                 std::to_string(outputs - 1));
    }
    target[static_cast<int>(label)] = 1;
  } else {
    if (label != 0 && label != 1)
      ThrowError("The class of a new point must be 0 or 1");
    const double negative =
        generator_.encoding == LabelEncoding::kZeroOne ? 0.0 : -1.0;
    target[0] = label == 1 ? 1.0 : negative;
  }
  Dataset &train = split_.train;
  const int n = train.size();
  train.inputs.conservativeResize(n + 1, Eigen::NoChange);
  train.targets.conservativeResize(n + 1, Eigen::NoChange);
  train.inputs(n, 0) = x;
  train.inputs(n, 1) = y;
  train.targets.row(n) = target;
  ApplyData();
  landscape_.reset();
  const Eigen::VectorXd current = trainer_->params();
  BuildTrainer(current);
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

val NetworkHandle::Grid(int n, double x_min, double x_max, double y_min,
                        double y_max) {
  ThrowIfError(NetworkGrid::Validate(*network_, n));
  RequireFinite(x_min, "xMin");
  RequireFinite(x_max, "xMax");
  RequireFinite(y_min, "yMin");
  RequireFinite(y_max, "yMax");
  if (!(x_max > x_min) || !(y_max > y_min)) {
    ThrowError("the grid box must have xMax > xMin and yMax > yMin");
  }
  // The page draws two resolutions per frame (heat map and thumbnails): two
  // cached grids, so neither is reallocated every frame.
  NetworkGrid *grid = nullptr;
  for (auto &slot : grids_) {
    if (slot && slot->resolution() == n)
      grid = slot.get();
  }
  if (grid == nullptr) {
    grids_[next_grid_] = std::make_unique<NetworkGrid>(network_.get(), n);
    grid = grids_[next_grid_].get();
    next_grid_ = 1 - next_grid_;
  }
  grid->Evaluate(trainer_->params(), x_min, x_max, y_min, y_max);
  return View(grid->neurons());
}

double NetworkHandle::Probe(int index, bool test) {
  const Dataset &data = SplitData(test);
  if (data.size() == 0)
    ThrowError(test ? "There are no test points" : "There are no points");
  RequireRange(index, 0, data.size() - 1, "sample index");
  probe_->TraceSample(trainer_->params(),
                      test ? DataSplit::kTest : DataSplit::kTrain, index);
  probe_input_[0] = data.inputs(index, 0);
  probe_input_[1] = data.inputs(index, 1);
  for (int k = 0; k < data.target_dim(); ++k)
    probe_target_[k] = data.targets(index, k);
  return probe_->cost();
}

val NetworkHandle::ProbeZ() const { return View(probe_->z()); }
val NetworkHandle::ProbeA() const { return View(probe_->a()); }
val NetworkHandle::ProbeDelta() const { return View(probe_->delta()); }
val NetworkHandle::ProbeGradient() const { return View(probe_->gradient()); }
val NetworkHandle::ProbeInput() const { return View(probe_input_); }
val NetworkHandle::ProbeTarget() const { return View(probe_target_); }

val NetworkHandle::GradientCheck(const val &options) {
  JsObjectReader in(options, "gradient check options");
  GradientCheckOptions check;
  check.step = in.Number("step", check.step);
  check.five_point = in.Bool("fivePoint", check.five_point);
  in.ThrowIfAny();
  // A misspelt key (say `fivepoint`) would otherwise be ignored silently and the
  // check would run with settings the caller did not ask for.
  if (!options.isUndefined() && !options.isNull()) {
    const val keys = val::global("Object").call<val>("keys", options);
    const int key_count = keys["length"].as<int>();
    for (int i = 0; i < key_count; ++i) {
      const std::string key = keys[i].as<std::string>();
      if (key != "step" && key != "fivePoint" && key != "indices") {
        ThrowError("Unknown gradient check option '" + key +
                   "' (expected step, fivePoint, indices)");
      }
    }
  }
  RequireRange(check.step, 1e-10, 1e-1, "step");
  if (in.Has("indices")) {
    // Every entry is checked before the vector grows: a thrown JS Error skips
    // destructors, so nothing allocated may be live when it is thrown.
    const val indices = options["indices"];
    if (indices.isNull() || !val::global("Array").call<bool>("isArray", indices)) {
      ThrowError("indices must be an array of parameter indices");
    }
    const int length = indices["length"].as<int>();
    const int count = network_->ParameterCount();
    if (length > count) {
      ThrowError("indices has " + std::to_string(length) +
                 " entries, more than the " + std::to_string(count) +
                 " parameters");
    }
    for (int i = 0; i < length; ++i) {
      const val entry = indices[i];
      const double value = entry.isNumber() ? entry.as<double>() : NAN;
      if (!std::isfinite(value) || value != std::floor(value) || value < 0 ||
          value >= count) {
        ThrowError("indices[" + std::to_string(i) +
                   "] must be a whole number from 0 to " +
                   std::to_string(count - 1) + ", got " +
                   val::global("String")(entry).as<std::string>());
      }
    }
    // An empty list means "all" to the core; here it means "none", which the
    // chunked caller never asks for, so say so instead of checking everything.
    if (length == 0) ThrowError("indices must name at least one parameter");
    check.indices.reserve(length);
    for (int i = 0; i < length; ++i) check.indices.push_back(indices[i].as<int>());
  }
  const GradientCheckResult result =
      CheckGradient(network_.get(), trainer_->params(), check);
  std::vector<double> analytic, numeric, relative;
  for (const GradientCheckEntry &e : result.entries) {
    analytic.push_back(e.analytic);
    numeric.push_back(e.numeric);
    relative.push_back(e.relative_error);
  }
  val out = val::object();
  out.set("analytic", CopyArray(analytic));
  out.set("numeric", CopyArray(numeric));
  out.set("relativeError", CopyArray(relative));
  out.set("maxRelativeError", result.max_relative_error);
  out.set("maxAbsoluteError", result.max_absolute_error);
  out.set("worstIndex", result.worst_index);
  return out;
}

void NetworkHandle::LandscapeBegin(int resolution, double radius, double seed) {
  RequireFinite(radius, "radius");
  RequireRange(seed, 0, 9007199254740991.0, "seed");
  LandscapeConfig config;
  config.resolution = resolution;
  config.radius = radius;
  config.seed = static_cast<uint64_t>(seed);
  ThrowIfError(ValidateLandscape(config));
  landscape_ = std::make_unique<LossLandscape>(
      network_.get(), trainer_->params(), NetworkFilters(network_->layout()),
      config);
  landscape_radius_ = radius;
}

int NetworkHandle::LandscapeRows(int count) {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  RequireRange(count, 0, kMaxLandscapeResolution, "rows per call");
  landscape_->ComputeRows(landscape_->rows_done(), count);
  return landscape_->rows_done();
}

int NetworkHandle::LandscapeResolution() const {
  return landscape_ ? landscape_->resolution() : 0;
}

val NetworkHandle::LandscapeValues() const {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  return View(landscape_->costs());
}

val NetworkHandle::LandscapePath() {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  const History &path = trainer_->path();
  landscape_path_.resize(2 * static_cast<size_t>(path.size()));
  landscape_->ProjectPath(path.values().data(), path.size(),
                          landscape_path_.data());
  return View(landscape_path_);
}

val NetworkHandle::LandscapeProject() {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  const Eigen::Vector2d point = landscape_->Project(trainer_->params());
  landscape_point_.assign({point[0], point[1]});
  return View(landscape_point_);
}

} // namespace descent::bindings
