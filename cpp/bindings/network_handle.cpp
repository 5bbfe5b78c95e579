#include "bindings/network_handle.h"

#include <vector>

#include "bindings/js_args.h"
#include "bindings/options_js.h"
#include "bindings/refusal.h"
#include "bindings/trainer_handle.h"

namespace descent::bindings {

using emscripten::val;

namespace {
val RowsView(const RowMatrix& m) {
  return val(emscripten::typed_memory_view(static_cast<size_t>(m.size()), m.data()));
}
// The gradient check's parameter indices: an array whose entries the core checks as numbers; a
// non-number entry is refused here with the core's wording.
std::string ReadIndices(const val& array, std::vector<double>* indices) {
  if (!val::global("Array").call<bool>("isArray", array)) {
    return "indices must be an array of parameter indices";
  }
  const int length = array["length"].as<int>();
  for (int i = 0; i < length; ++i) {
    const val entry = array[i];
    if (!entry.isNumber()) {
      return "indices[" + std::to_string(i) + "] must be a whole number, got " + DescribeJs(entry);
    }
    indices->push_back(entry.as<double>());
  }
  return "";
}
}  // namespace

NetworkHandle* NetworkHandle::Create(const val& network_options, const val& data_options,
                                     const val& trainer_options) {
  NetworkOptions network;
  NetworkDataOptions data;
  TrainerOptions trainer;
  std::unique_ptr<NetworkSession> session;
  if (Refused(ReadNetworkOptions(network_options, &network)) ||
      Refused(ReadNetworkDataOptions(data_options, &data)) ||
      Refused(ReadTrainerOptions(trainer_options, &trainer)) ||
      Refused(NetworkSession::Create(network, data, trainer, &session))) {
    return nullptr;
  }
  return new NetworkHandle(std::move(session));
}

int NetworkHandle::Step(int n) {
  int ran = 0;
  Refused(session_->Step(n, &ran));
  return ran;
}

int NetworkHandle::StepEpochs(int epochs) {
  int ran = 0;
  Refused(session_->StepEpochs(epochs, &ran));
  return ran;
}

void NetworkHandle::Reinitialize(double seed) { Refused(session_->Reinitialize(seed)); }

void NetworkHandle::SetData(const val& data_options) {
  NetworkDataOptions data;
  if (Refused(ReadNetworkDataOptions(data_options, &data))) return;
  Refused(session_->SetData(data));
}

void NetworkHandle::AddPoint(double x, double y, double label) {
  Refused(session_->AddPoint(x, y, label));
}

val NetworkHandle::Confusion(bool test) { return View(session_->Confusion(test)); }

val NetworkHandle::Params() const { return View(session_->params()); }
val NetworkHandle::InitialParams() const { return View(session_->initial_params()); }
val NetworkHandle::Gradient() const { return View(session_->gradient()); }

val NetworkHandle::LayerSizes() const {
  val sizes = val::array();
  for (int size : session_->layer_sizes()) sizes.call<void>("push", size);
  return sizes;
}

double NetworkHandle::GetWeight(int l, int j, int k) const {
  double value = 0;
  Refused(session_->GetWeight(l, j, k, &value));
  return value;
}

void NetworkHandle::SetWeight(int l, int j, int k, double value) {
  Refused(session_->SetWeight(l, j, k, value));
}

double NetworkHandle::GetBias(int l, int j) const {
  double value = 0;
  Refused(session_->GetBias(l, j, &value));
  return value;
}

void NetworkHandle::SetBias(int l, int j, double value) { Refused(session_->SetBias(l, j, value)); }

void NetworkHandle::SetParams(const val& params) {
  Eigen::VectorXd values;
  if (Refused(ReadNumberArray(params, ParameterCount(), "parameters", &values))) return;
  Refused(session_->SetParams(values));
}

val NetworkHandle::LayerHistorySteps() const { return HistorySteps(session_->delta_history()); }
val NetworkHandle::DeltaNormHistory() const { return HistoryValues(session_->delta_history()); }
val NetworkHandle::WeightGradientNormHistory() const {
  return HistoryValues(session_->gradient_history());
}
val NetworkHandle::UpdateRatioHistory() const { return HistoryValues(session_->ratio_history()); }
val NetworkHandle::CostHistoryEpochs() const { return HistorySteps(session_->cost_history()); }
val NetworkHandle::CostHistoryValues() const { return HistoryValues(session_->cost_history()); }
val NetworkHandle::BatchCostSteps() const {
  return HistorySteps(session_->trainer().cost_history());
}
val NetworkHandle::BatchCostValues() const {
  return HistoryValues(session_->trainer().cost_history());
}
val NetworkHandle::DeltaNorms() const { return View(session_->delta_norms()); }
val NetworkHandle::WeightGradientNorms() const { return View(session_->weight_gradient_norms()); }
val NetworkHandle::UpdateRatios() const { return View(session_->update_ratios()); }

val NetworkHandle::TrainInputs() const { return RowsView(session_->data().train.inputs); }
val NetworkHandle::TrainTargets() const { return RowsView(session_->data().train.targets); }
val NetworkHandle::TestInputs() const { return RowsView(session_->data().test.inputs); }
val NetworkHandle::TestTargets() const { return RowsView(session_->data().test.targets); }

val NetworkHandle::Grid(int n, double x_min, double x_max, double y_min, double y_max) {
  const std::vector<float>* neurons = nullptr;
  if (Refused(session_->Grid(n, x_min, x_max, y_min, y_max, &neurons))) return val::undefined();
  return View(*neurons);
}

double NetworkHandle::Probe(int index, bool test) {
  double cost = 0;
  Refused(session_->Probe(index, test, &cost));
  return cost;
}

val NetworkHandle::ProbeZ() const { return View(session_->probe().z()); }
val NetworkHandle::ProbeA() const { return View(session_->probe().a()); }
val NetworkHandle::ProbeDelta() const { return View(session_->probe().delta()); }
val NetworkHandle::ProbeGradient() const { return View(session_->probe().gradient()); }
val NetworkHandle::ProbeInput() const { return View(session_->probe_input()); }
val NetworkHandle::ProbeTarget() const { return View(session_->probe_target()); }

val NetworkHandle::GradientCheck(const val& options) {
  JsObjectReader in(options, "gradient check options");
  double step = GradientCheckOptions().step;
  bool five_point = false;
  in.RefuseUnknownKeys("gradient check option", {"step", "fivePoint", "indices"});
  in.Number("step", &step);
  in.Bool("fivePoint", &five_point);
  const bool indices_given = in.Has("indices");
  std::vector<double> indices;
  if (Refused(in.error()) ||
      (indices_given && Refused(ReadIndices(options["indices"], &indices)))) {
    return val::undefined();
  }
  GradientCheckResult result;
  if (Refused(
          session_->GradientCheck(step, five_point, indices_given ? &indices : nullptr, &result))) {
    return val::undefined();
  }
  std::vector<double> analytic, numeric, relative, resolution;
  val verdicts = val::array();
  for (const GradientCheckEntry& entry : result.entries) {
    analytic.push_back(entry.analytic);
    numeric.push_back(entry.numeric);
    relative.push_back(entry.relative_error);
    resolution.push_back(entry.resolution);
    verdicts.call<void>("push", std::string(GradientVerdictName(entry.verdict)));
  }
  val out = val::object();
  out.set("analytic", Copy(analytic));
  out.set("numeric", Copy(numeric));
  out.set("relativeError", Copy(relative));
  out.set("resolution", Copy(resolution));
  out.set("verdict", verdicts);
  out.set("evaluations", result.evaluations);
  out.set("maxRelativeError", result.max_relative_error);
  out.set("maxAbsoluteError", result.max_absolute_error);
  out.set("worstIndex", result.worst_index);
  return out;
}

void NetworkHandle::LandscapeBegin(int resolution, double radius, double seed) {
  Refused(session_->LandscapeBegin(resolution, radius, seed));
}

int NetworkHandle::LandscapeRows(int count) {
  int rows_done = 0;
  Refused(session_->LandscapeRows(count, &rows_done));
  return rows_done;
}

val NetworkHandle::LandscapeValues() const {
  const std::vector<double>* costs = nullptr;
  if (Refused(session_->LandscapeValues(&costs))) return val::undefined();
  return View(*costs);
}

val NetworkHandle::LandscapePath() {
  const std::vector<double>* path = nullptr;
  if (Refused(session_->LandscapePath(&path))) return val::undefined();
  return View(*path);
}

val NetworkHandle::LandscapeProject() {
  const std::vector<double>* point = nullptr;
  if (Refused(session_->LandscapeProject(&point))) return val::undefined();
  return View(*point);
}

}  // namespace descent::bindings
