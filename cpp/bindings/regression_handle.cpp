#include "bindings/regression_handle.h"

#include <Eigen/Eigenvalues>

#include "bindings/js_args.h"
#include "bindings/linear_args.h"
#include "core/linear/normal_equation.h"

namespace descent::bindings {

using emscripten::val;

RegressionHandle *RegressionHandle::Create(const val &inputs, int input_dim,
                                           const val &targets,
                                           const val &options) {
  JsObjectReader in(options, "regression options");
  LeastSquaresConfig config;
  config.lambda = in.Number("lambda", 0);
  config.penalize_bias = in.Bool("penalizeBias", true);
  in.ThrowIfAny();
  RequireRange(config.lambda, 0, 1e6, "lambda");
  RowMatrix design;
  Eigen::VectorXd y;
  ReadLinearData(inputs, input_dim, targets, &design, &y);
  ThrowIfError(LeastSquaresObjective::Validate(design, y, config));
  return new RegressionHandle(
      std::make_shared<LeastSquaresObjective>(design, y, config));
}

RegressionHandle::RegressionHandle(
    std::shared_ptr<LeastSquaresObjective> objective)
    : objective_(std::move(objective)) {}

val RegressionHandle::Solve() const { return SolveRidge(Lambda()); }

val RegressionHandle::SolveRidge(double lambda) const {
  RequireRange(lambda, 0, 1e6, "lambda");
  RidgeOptions options;
  options.penalize_bias = objective_->config().penalize_bias;
  options.bias_index = objective_->config().bias_index;
  return SolveResultJs(descent::SolveRidge(
      objective_->design(), objective_->targets(), lambda, options));
}

double RegressionHandle::Cost(const val &weights) const {
  return objective_->ExactCost(
      ReadNumberArray(weights, ParameterCount(), "weights"));
}

val RegressionHandle::CostGrid(int i, int j, const val &base, const val &box,
                               int n) {
  JsObjectReader in(box, "grid box");
  WeightBox weight_box;
  weight_box.i_min = in.Number("iMin", weight_box.i_min);
  weight_box.i_max = in.Number("iMax", weight_box.i_max);
  weight_box.j_min = in.Number("jMin", weight_box.j_min);
  weight_box.j_max = in.Number("jMax", weight_box.j_max);
  in.ThrowIfAny();
  const Eigen::VectorXd base_weights =
      ReadNumberArray(base, ParameterCount(), "base weights");
  ThrowIfError(objective_->ValidateGrid(i, j, weight_box, n));
  grid_.resize(static_cast<size_t>(n) * n);
  objective_->CostOverTwoWeights(i, j, base_weights, weight_box, n,
                                 grid_.data());
  return View(grid_);
}

double RegressionHandle::HessianMaxEigenvalue() const {
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(objective_->hessian(),
                                                        Eigen::EigenvaluesOnly);
  return solver.eigenvalues().maxCoeff();
}

TrainerHandle *RegressionHandle::MakeTrainer(const val &options,
                                             const val &initial) {
  return TrainerHandle::Create(objective_, options, initial);
}

} // namespace descent::bindings
