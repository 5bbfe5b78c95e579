#include "bindings/classifier_handle.h"

#include <vector>

#include "bindings/js_args.h"
#include "bindings/linear_args.h"
#include "bindings/refusal.h"
#include "core/linear/classifier_metrics.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
constexpr double kMaxLambda = 1e6;
const std::vector<int> kAllSamples;
}  // namespace

ClassifierHandle* ClassifierHandle::Create(const val& inputs, int input_dim, const val& labels,
                                           const val& options) {
  JsObjectReader in(options, "classifier options");
  MarginLossConfig config;
  std::string loss = MarginLossName(config.loss);
  in.String("loss", &loss);
  in.Number("lambda", &config.lambda);
  std::string message = in.error();
  if (message.empty()) message = CheckRange(config.lambda, 0, kMaxLambda, "lambda");
  if (message.empty() && !ParseMarginLoss(loss, &config.loss)) {
    message = UnknownName("loss", loss, MarginLossNames());
  }
  RowMatrix design;
  Eigen::VectorXd y;
  if (message.empty()) message = ReadLinearData(inputs, input_dim, labels, &design, &y);
  if (message.empty()) message = MarginLossObjective::Validate(design, y, config);
  if (Refused(message)) return nullptr;
  return new ClassifierHandle(std::make_shared<MarginLossObjective>(design, y, config));
}

ClassifierHandle::ClassifierHandle(std::shared_ptr<MarginLossObjective> objective)
    : objective_(std::move(objective)) {}

std::string ClassifierHandle::ReadWeights(const val& weights, Eigen::VectorXd* out) const {
  return ReadNumberArray(weights, ParameterCount(), "weights", out);
}

double ClassifierHandle::Cost(const val& weights) {
  Eigen::VectorXd w;
  if (Refused(ReadWeights(weights, &w))) return 0;
  return objective_->Evaluate(w, kAllSamples, nullptr);
}

val ClassifierHandle::CostGrid(int i, int j, const val& base, const val& box, int n) {
  return CostGridView(*objective_, ParameterCount(), i, j, base, box, n, &grid_);
}

double ClassifierHandle::Accuracy(const val& weights) const {
  Eigen::VectorXd w;
  if (Refused(ReadWeights(weights, &w))) return 0;
  return descent::Accuracy(objective_->design(), objective_->labels(), w);
}

val ClassifierHandle::Misclassified(const val& weights) const {
  Eigen::VectorXd w;
  if (Refused(ReadWeights(weights, &w))) return val::undefined();
  std::vector<int> indices;
  MisclassifiedIndices(objective_->design(), objective_->labels(), w, &indices);
  val out = val::array();
  for (int index : indices) out.call<void>("push", index);
  return out;
}

val ClassifierHandle::Margin(const val& weights) const {
  Eigen::VectorXd w;
  if (Refused(ReadWeights(weights, &w))) return val::undefined();
  const MarginInfo info = ComputeMargin(objective_->design(), objective_->labels(), w, 0);
  val out = val::object();
  out.set("defined", info.defined);
  out.set("signedMargin", info.signed_margin);
  out.set("signedMarginIndex", info.signed_margin_index);
  out.set("closestDistance", info.closest_distance);
  out.set("closestIndex", info.closest_index);
  return out;
}

TrainerHandle* ClassifierHandle::MakeTrainer(const val& options, const val& initial) {
  return TrainerHandle::Create(objective_, options, initial);
}

}  // namespace descent::bindings
