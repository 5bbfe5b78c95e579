// Closed-form least squares (seed 004 eq. 1.6) and ridge regression (§1.6), solved stably and
// reporting a singular XᵀX instead of producing garbage or crashing.
#ifndef DESCENT_CORE_LINEAR_NORMAL_EQUATION_H_
#define DESCENT_CORE_LINEAR_NORMAL_EQUATION_H_

#include <string>

#include "core/eigen.h"

namespace descent {

// Columns whose QR pivot falls below this fraction of the largest count as linearly dependent.
// Well above rounding (1e-16) and well below what a scaled degree-12 polynomial basis reaches.
constexpr double kRankTolerance = 1e-10;

struct LinearSolveResult {
  bool ok = false;
  // Empty when ok; otherwise why not, e.g. "XᵀX is singular: the columns of X are linearly
  // dependent (rank 2 of 3). Add data or use ridge λ > 0."
  std::string message;
  Eigen::VectorXd weights;  // W*, one entry per column of X; empty unless ok
  int rank = 0;             // numerical rank found
};

struct RidgeOptions {
  // The seed's closed form penalises all of W, bias included; false leaves weight
  // `bias_index` out of the penalty (its entry of λI is 0).
  bool penalize_bias = true;
  int bias_index = 0;  // −1: the design has no bias column
};

// Empty when `design` (n × d) and `targets` (n) can be fitted: n ≥ 1, d ≥ 1, sizes agree, all
// values finite. Otherwise a readable message.
std::string ValidateLinearProblem(const RowMatrix& design, const Eigen::VectorXd& targets);

// W* = (XᵀX)⁻¹XᵀY. Solved by column-pivoting Householder QR of X itself rather than by
// inverting XᵀX, whose condition number is the square of X's. Rank below d is reported.
LinearSolveResult SolveNormalEquation(const RowMatrix& design, const Eigen::VectorXd& targets);

// W* = (XᵀX/n + λI)⁻¹ XᵀY/n for λ ≥ 0 (λ = 0 is the plain normal equation). With λ > 0 the
// matrix is positive definite whenever every penalised direction is, so it is solvable even
// when XᵀX is not (unless an unpenalised bias column is itself zero).
LinearSolveResult SolveRidge(const RowMatrix& design, const Eigen::VectorXd& targets, double lambda,
                             const RidgeOptions& options);

// W* minimising 1/(2n) ‖XW − Y‖² + λ/2 ‖ΓW‖² for λ ≥ 0 and a penalty matrix Γ (k × d): ridge
// on a transformed set of coefficients ΓW (SolveRidge is Γ = I). Solved as the stacked least-
// squares problem [X/√n; √λ Γ] W ≈ [Y/√n; 0] by pivoted QR, never forming XᵀX, so it is as
// accurate as the data allow.
LinearSolveResult SolvePenalizedLeastSquares(const RowMatrix& design,
                                             const Eigen::VectorXd& targets, double lambda,
                                             const Eigen::MatrixXd& penalty);

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_NORMAL_EQUATION_H_
