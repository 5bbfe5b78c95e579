#include "bindings/regression_handle.h"

#include "bindings/js_args.h"
#include "bindings/linear_args.h"
#include "bindings/refusal.h"
#include "core/linear/normal_equation.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
constexpr double kMaxLambda = 1e6;
}  // namespace

RegressionHandle* RegressionHandle::Create(const val& inputs, int input_dim, const val& targets,
                                           const val& options) {
  JsObjectReader in(options, "regression options");
  LeastSquaresConfig config;
  in.Number("lambda", &config.lambda);
  in.Bool("penalizeBias", &config.penalize_bias);
  RowMatrix design;
  Eigen::VectorXd y;
  if (Refused(in.error()) || Refused(CheckRange(config.lambda, 0, kMaxLambda, "lambda")) ||
      Refused(ReadLinearData(inputs, input_dim, targets, &design, &y)) ||
      Refused(LeastSquaresObjective::Validate(design, y, config))) {
    return nullptr;
  }
  return new RegressionHandle(std::make_shared<LeastSquaresObjective>(design, y, config));
}

RegressionHandle::RegressionHandle(std::shared_ptr<LeastSquaresObjective> objective)
    : objective_(std::move(objective)) {}

val RegressionHandle::Solve() const { return SolveRidge(Lambda()); }

val RegressionHandle::SolveRidge(double lambda) const {
  if (Refused(CheckRange(lambda, 0, kMaxLambda, "lambda"))) return val::undefined();
  RidgeOptions options;
  options.penalize_bias = objective_->config().penalize_bias;
  options.bias_index = objective_->config().bias_index;
  return SolveResultJs(
      descent::SolveRidge(objective_->design(), objective_->targets(), lambda, options));
}

double RegressionHandle::Cost(const val& weights) const {
  Eigen::VectorXd w;
  if (Refused(ReadNumberArray(weights, ParameterCount(), "weights", &w))) return 0;
  return objective_->ExactCost(w);
}

val RegressionHandle::CostGrid(int i, int j, const val& base, const val& box, int n) {
  return CostGridView(*objective_, ParameterCount(), i, j, base, box, n, &grid_);
}

TrainerHandle* RegressionHandle::MakeTrainer(const val& options, const val& initial) {
  return TrainerHandle::Create(objective_, options, initial);
}

}  // namespace descent::bindings
