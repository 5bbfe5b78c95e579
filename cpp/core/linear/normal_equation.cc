#include "core/linear/normal_equation.h"

#include <cmath>

#include "core/message.h"

namespace descent {
namespace {

LinearSolveResult SingularResult(const char* matrix_name, int rank, int columns,
                                 const char* advice) {
  LinearSolveResult result;
  result.rank = rank;
  MessageBuilder message;
  message << matrix_name << " is singular: the columns of X are linearly dependent (rank " << rank
          << " of " << columns << "). " << advice;
  result.message = message.str();
  return result;
}

// Empty when λ is a finite number ≥ 0; otherwise the refusal naming it.
std::string LambdaRefusal(double lambda) {
  if (std::isfinite(lambda) && lambda >= 0) return "";
  MessageBuilder message;
  message << "ridge λ must be a finite number ≥ 0 (got " << lambda << ")";
  return message.str();
}

// The least-squares solution of `matrix` w ≈ `right` by column-pivoting QR, with its numerical
// rank reported (`matrix_name` and `advice` word the singular case).
LinearSolveResult SolveByPivotedQr(const Eigen::MatrixXd& matrix, const Eigen::VectorXd& right,
                                   const char* matrix_name, const char* advice) {
  LinearSolveResult result;
  const int columns = static_cast<int>(matrix.cols());
  Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(matrix);
  qr.setThreshold(kRankTolerance);
  result.rank = static_cast<int>(qr.rank());
  if (result.rank < columns) return SingularResult(matrix_name, result.rank, columns, advice);
  result.weights = qr.solve(right);
  result.ok = result.weights.allFinite();
  if (!result.ok) result.message = "the solution is not finite: the data are too badly scaled";
  return result;
}

}  // namespace

std::string ValidateLinearProblem(const RowMatrix& design, const Eigen::VectorXd& targets) {
  MessageBuilder message;
  if (design.rows() < 1) return "there are no samples to fit";
  if (design.cols() < 1) return "the design matrix has no columns";
  if (design.rows() != targets.size()) {
    message << "X has " << design.rows() << " rows but there are " << targets.size() << " targets";
    return message.str();
  }
  if (!design.allFinite()) return "X contains a value that is not a finite number";
  if (!targets.allFinite()) return "the targets contain a value that is not a finite number";
  return "";
}

LinearSolveResult SolveNormalEquation(const RowMatrix& design, const Eigen::VectorXd& targets) {
  LinearSolveResult result;
  result.message = ValidateLinearProblem(design, targets);
  if (!result.message.empty()) return result;
  return SolveByPivotedQr(design, targets, "XᵀX", "Add data or use ridge λ > 0.");
}

LinearSolveResult SolveRidge(const RowMatrix& design, const Eigen::VectorXd& targets, double lambda,
                             const RidgeOptions& options) {
  LinearSolveResult result;
  result.message = LambdaRefusal(lambda);
  if (!result.message.empty()) return result;
  if (lambda == 0) return SolveNormalEquation(design, targets);
  result.message = ValidateLinearProblem(design, targets);
  if (!result.message.empty()) return result;
  const int columns = static_cast<int>(design.cols());
  if (options.bias_index < -1 || options.bias_index >= columns) {
    result.message = "the bias index is outside the design matrix";
    return result;
  }
  const double n = static_cast<double>(design.rows());
  Eigen::MatrixXd system = design.transpose() * design / n;
  const Eigen::VectorXd right = design.transpose() * targets / n;
  for (int k = 0; k < columns; ++k) {
    if (options.penalize_bias || k != options.bias_index) system(k, k) += lambda;
  }
  // The system is small (d × d) and symmetric positive semi-definite; pivoted QR gives an
  // honest rank in the rare case an unpenalised bias direction is degenerate.
  return SolveByPivotedQr(system, right, "XᵀX/n + λI", "Add data or penalise the bias as well.");
}

LinearSolveResult SolvePenalizedLeastSquares(const RowMatrix& design,
                                             const Eigen::VectorXd& targets, double lambda,
                                             const Eigen::MatrixXd& penalty) {
  LinearSolveResult result;
  result.message = LambdaRefusal(lambda);
  if (!result.message.empty()) return result;
  if (lambda == 0) return SolveNormalEquation(design, targets);
  result.message = ValidateLinearProblem(design, targets);
  if (!result.message.empty()) return result;
  const int columns = static_cast<int>(design.cols());
  if (penalty.cols() != columns || !penalty.allFinite()) {
    result.message = "the penalty matrix does not match the design matrix";
    return result;
  }
  const Eigen::Index n = design.rows(), k = penalty.rows();
  Eigen::MatrixXd stacked(n + k, columns);
  stacked.topRows(n) = design / std::sqrt(static_cast<double>(n));
  stacked.bottomRows(k) = std::sqrt(lambda) * penalty;
  Eigen::VectorXd right = Eigen::VectorXd::Zero(n + k);
  right.head(n) = targets / std::sqrt(static_cast<double>(n));
  return SolveByPivotedQr(stacked, right, "XᵀX/n + λΓᵀΓ", "Add data or penalise the bias as well.");
}

}  // namespace descent
