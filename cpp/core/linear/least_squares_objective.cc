#include "core/linear/least_squares_objective.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>

#include "core/dense_kernels.h"
#include "core/linear/normal_equation.h"
#include "core/message.h"

namespace descent {

std::string LeastSquaresObjective::Validate(const RowMatrix& design, const Eigen::VectorXd& targets,
                                            const LeastSquaresConfig& config) {
  const std::string problem = ValidateLinearProblem(design, targets);
  if (!problem.empty()) return problem;
  if (!std::isfinite(config.lambda) || config.lambda < 0) {
    MessageBuilder message;
    message << "ridge λ must be a finite number ≥ 0 (got " << config.lambda << ")";
    return message.str();
  }
  if (config.bias_index < -1 || config.bias_index >= design.cols()) {
    return "the bias index is outside the design matrix";
  }
  return "";
}

LeastSquaresObjective::LeastSquaresObjective(const RowMatrix& design,
                                             const Eigen::VectorXd& targets,
                                             const LeastSquaresConfig& config)
    : design_(design), targets_(targets), config_(config) {
  const Eigen::Index d = design_.cols();
  const double n = std::max<double>(1.0, static_cast<double>(design_.rows()));
  penalty_mask_ = Eigen::VectorXd::Ones(d);
  if (!config_.penalize_bias && config_.bias_index >= 0 && config_.bias_index < d) {
    penalty_mask_(config_.bias_index) = 0;
  }
  // One pass over the data for XᵀX, Xᵀy and yᵀy (dense_kernels.h).
  gram_.setZero(d, d);
  moment_.setZero(d);
  target_power_ =
      AccumulateNormalEquations(design_.data(), targets_.data(), static_cast<int>(design_.rows()),
                                static_cast<int>(d), gram_.data(), moment_.data()) /
      n;
  gram_ /= n;
  moment_ /= n;
  hessian_ = gram_;
  hessian_.diagonal() += config_.lambda * penalty_mask_;

  reference_ = Eigen::VectorXd::Zero(d);
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(hessian_);
  qr.setThreshold(kRankTolerance);
  if (d > 0 && qr.rank() == d) {
    const Eigen::VectorXd minimiser = qr.solve(moment_);
    if (minimiser.allFinite()) reference_ = minimiser;
  }
  reference_gradient_ = hessian_ * reference_ - moment_;
  // One exact pass over the data at W_r; every later full cost is a correction to it.
  reference_cost_ =
      SumSquaredResiduals(design_.data(), targets_.data(), static_cast<int>(design_.rows()),
                          static_cast<int>(d), reference_.data()) /
          (2.0 * n) +
      0.5 * config_.lambda * (penalty_mask_.array() * reference_.array().square()).sum();
  scratch_.resize(d);
  product_.resize(d);
}

double LeastSquaresObjective::ExactCost(const Eigen::VectorXd& weights) const {
  scratch_ = weights - reference_;
  product_.noalias() = hessian_ * scratch_;
  const double cost =
      reference_cost_ + reference_gradient_.dot(scratch_) + 0.5 * scratch_.dot(product_);
  // The true cost is ≥ 0; only rounding can push the expansion a hair below.
  return std::max(cost, 0.0);
}

void LeastSquaresObjective::ExactGradient(const Eigen::VectorXd& weights,
                                          Eigen::VectorXd* gradient) const {
  gradient->noalias() = hessian_ * weights;
  *gradient -= moment_;
}

double LeastSquaresObjective::Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                                       Eigen::VectorXd* gradient) {
  if (batch.empty()) {
    if (gradient != nullptr) ExactGradient(params, gradient);
    return ExactCost(params);
  }
  double sum_squares = 0;
  if (gradient != nullptr) gradient->setZero();
  for (int index : batch) {
    const double residual = design_.row(index).dot(params) - targets_(index);
    sum_squares += residual * residual;
    if (gradient != nullptr) gradient->noalias() += residual * design_.row(index).transpose();
  }
  const double m = static_cast<double>(batch.size());
  double penalty = 0;
  for (Eigen::Index k = 0; k < params.size(); ++k) {
    penalty += penalty_mask_(k) * params(k) * params(k);
  }
  if (gradient != nullptr) {
    *gradient /= m;
    gradient->array() += config_.lambda * penalty_mask_.array() * params.array();
  }
  return sum_squares / (2.0 * m) + 0.5 * config_.lambda * penalty;
}

double LeastSquaresObjective::HessianMaxEigenvalue() const {
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(hessian_, Eigen::EigenvaluesOnly);
  return solver.eigenvalues().maxCoeff();
}

std::string LeastSquaresObjective::ValidateGrid(int i, int j, const WeightBox& box, int n) const {
  return ValidateWeightGrid(ParameterCount(), i, j, box, n, kMaxCostGrid);
}

template <typename T>
void LeastSquaresObjective::FillGrid(int i, int j, const Eigen::VectorXd& base,
                                     const WeightBox& box, int n, T* out) const {
  if (!ValidateGrid(i, j, box, n).empty() || base.size() != ParameterCount()) return;
  // Along the plane W = base + s e_i + t e_j the cost is
  // C(base) + g_i s + g_j t + ½(H_ii s² + 2 H_ij s t + H_jj t²), g = ∇C(base).
  const double base_cost = ExactCost(base);
  scratch_ = base - reference_;
  const double g_i = reference_gradient_(i) + hessian_.row(i).dot(scratch_);
  const double g_j = reference_gradient_(j) + hessian_.row(j).dot(scratch_);
  const double h_ii = hessian_(i, i), h_ij = hessian_(i, j), h_jj = hessian_(j, j);
  const double step_i = (box.i_max - box.i_min) / (n - 1);
  const double step_j = (box.j_max - box.j_min) / (n - 1);
  for (int row = 0; row < n; ++row) {
    const double t = box.j_min + row * step_j - base(j);
    const double row_constant = base_cost + g_j * t + 0.5 * h_jj * t * t;
    const double row_linear = g_i + h_ij * t;
    for (int col = 0; col < n; ++col) {
      const double s = box.i_min + col * step_i - base(i);
      const double cost = row_constant + s * (row_linear + 0.5 * h_ii * s);
      out[row * n + col] = static_cast<T>(std::max(cost, 0.0));
    }
  }
}

void LeastSquaresObjective::CostOverTwoWeights(int i, int j, const Eigen::VectorXd& base,
                                               const WeightBox& box, int n, float* out) const {
  FillGrid(i, j, base, box, n, out);
}

void LeastSquaresObjective::CostOverTwoWeights(int i, int j, const Eigen::VectorXd& base,
                                               const WeightBox& box, int n, double* out) const {
  FillGrid(i, j, base, box, n, out);
}

}  // namespace descent
