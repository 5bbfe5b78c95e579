// Fits y ≈ Σ w_k φ_k(x) (seed 004 §1.5, with the ridge term of §1.6) in closed form on a
// scaled polynomial basis, so that high degrees stay solvable.
#ifndef DESCENT_CORE_LINEAR_POLYNOMIAL_FIT_H_
#define DESCENT_CORE_LINEAR_POLYNOMIAL_FIT_H_

#include <string>

#include "core/eigen.h"
#include "core/linear/polynomial_basis.h"

namespace descent {

struct PolynomialFitResult {
  bool ok = false;
  std::string message;      // empty when ok
  PolynomialBasis basis;    // the scaling the weights belong to; evaluate with basis.Evaluate
  Eigen::VectorXd weights;  // degree + 1 entries, in the scaled basis
  double cost = 0;          // 1/(2n) Σ (y − f(x))² on the fitted data (no penalty term)
};

// Least squares (λ = 0) or ridge (λ > 0) on φ(x) = [1, x, …, x^m]: the minimiser of
// 1/(2n) Σ (y − c·φ(x))² + λ/2 ‖c‖² (c_0 left out of the penalty when `penalize_bias` is false),
// i.e. the seed's W* = (XᵀX/n + λI)⁻¹XᵀY/n. Computed on the scaled basis t = (x − centre)/h with
// the penalty carried over exactly (c = T w), so high degrees stay solvable.
// Degree m with fewer than m + 1 distinct x and λ = 0 is reported as a singular XᵀX.
PolynomialFitResult FitPolynomial(const Eigen::VectorXd& x, const Eigen::VectorXd& y, int degree,
                                  double lambda, bool penalize_bias = true);

// 1/(2n) Σ (y − f(x))² of a fitted polynomial on other data (the test error).
double PolynomialCost(const PolynomialBasis& basis, const Eigen::VectorXd& weights,
                      const Eigen::VectorXd& x, const Eigen::VectorXd& y);

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_POLYNOMIAL_FIT_H_
