#include "bindings/classifier_handle.h"

#include <vector>

#include "bindings/js_args.h"
#include "bindings/linear_args.h"
#include "core/linear/classifier_metrics.h"
#include "core/linear/least_squares_objective.h"

namespace descent::bindings {

using emscripten::val;

MarginLossConfig ReadMarginLossOptions(const val &options) {
  JsObjectReader in(options, "classifier options");
  MarginLossConfig config;
  const std::string loss = in.String("loss", MarginLossName(config.loss));
  config.lambda = in.Number("lambda", 0);
  in.ThrowIfAny();
  RequireRange(config.lambda, 0, 1e6, "lambda");
  if (!ParseMarginLoss(loss, &config.loss)) {
    ThrowError("Unknown loss '" + loss +
               "'. Choose squared-hinge, hinge or logistic.");
  }
  return config;
}

ClassifierHandle *ClassifierHandle::Create(const val &inputs, int input_dim,
                                           const val &labels,
                                           const val &options) {
  const MarginLossConfig config = ReadMarginLossOptions(options);
  RowMatrix design;
  Eigen::VectorXd y;
  ReadLinearData(inputs, input_dim, labels, &design, &y);
  ThrowIfError(MarginLossObjective::Validate(design, y, config));
  return new ClassifierHandle(
      std::make_shared<MarginLossObjective>(design, y, config));
}

ClassifierHandle::ClassifierHandle(
    std::shared_ptr<MarginLossObjective> objective)
    : objective_(std::move(objective)), point_(objective_->ParameterCount()) {}

double ClassifierHandle::Cost(const val &weights) {
  static const std::vector<int> kAllSamples;
  return objective_->Evaluate(
      ReadNumberArray(weights, ParameterCount(), "weights"), kAllSamples,
      nullptr);
}

val ClassifierHandle::CostGrid(int i, int j, const val &base, const val &box,
                               int n) {
  JsObjectReader in(box, "grid box");
  WeightBox b;
  b.i_min = in.Number("iMin", b.i_min);
  b.i_max = in.Number("iMax", b.i_max);
  b.j_min = in.Number("jMin", b.j_min);
  b.j_max = in.Number("jMax", b.j_max);
  in.ThrowIfAny();
  const int d = ParameterCount();
  RequireRange(i, 0, d - 1, "weight index i");
  RequireRange(j, 0, d - 1, "weight index j");
  if (i == j)
    ThrowError("Choose two different weights for the cost grid.");
  // The margin-loss grid costs O(n² · samples); cap it lower than the
  // quadratic-form grid.
  RequireRange(n, 2, 256, "grid size");
  if (!(b.i_max > b.i_min) || !(b.j_max > b.j_min))
    ThrowError("grid box needs iMax > iMin and jMax > jMin");
  point_ = ReadNumberArray(base, d, "base weights");
  grid_.resize(static_cast<size_t>(n) * n);
  static const std::vector<int> kAllSamples;
  for (int row = 0; row < n; ++row) {
    point_[j] = b.j_min + (b.j_max - b.j_min) * row / (n - 1);
    for (int col = 0; col < n; ++col) {
      point_[i] = b.i_min + (b.i_max - b.i_min) * col / (n - 1);
      grid_[static_cast<size_t>(row) * n + col] = static_cast<float>(
          objective_->Evaluate(point_, kAllSamples, nullptr));
    }
  }
  return View(grid_);
}

double ClassifierHandle::Accuracy(const val &weights) const {
  return descent::Accuracy(
      objective_->design(), objective_->labels(),
      ReadNumberArray(weights, ParameterCount(), "weights"));
}

val ClassifierHandle::Misclassified(const val &weights) const {
  std::vector<int> indices;
  MisclassifiedIndices(objective_->design(), objective_->labels(),
                       ReadNumberArray(weights, ParameterCount(), "weights"),
                       &indices);
  val out = val::array();
  for (int index : indices)
    out.call<void>("push", index);
  return out;
}

val ClassifierHandle::Margin(const val &weights) const {
  const MarginInfo info =
      ComputeMargin(objective_->design(), objective_->labels(),
                    ReadNumberArray(weights, ParameterCount(), "weights"), 0);
  val out = val::object();
  out.set("defined", info.defined);
  out.set("signedMargin", info.signed_margin);
  out.set("signedMarginIndex", info.signed_margin_index);
  out.set("closestDistance", info.closest_distance);
  out.set("closestIndex", info.closest_index);
  return out;
}

TrainerHandle *ClassifierHandle::MakeTrainer(const val &options,
                                             const val &initial) {
  return TrainerHandle::Create(objective_, options, initial);
}

} // namespace descent::bindings
