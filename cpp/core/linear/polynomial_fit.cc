#include "core/linear/polynomial_fit.h"

#include "core/linear/normal_equation.h"

namespace descent {

PolynomialFitResult FitPolynomial(const Eigen::VectorXd& x, const Eigen::VectorXd& y, int degree,
                                  double lambda, bool penalize_bias) {
  PolynomialFitResult result;
  result.message = ValidatePolynomialDegree(degree);
  if (!result.message.empty()) return result;
  if (x.size() != y.size()) {
    result.message = "x and y must have the same number of points";
    return result;
  }
  if (!x.allFinite()) {
    result.message = "x contains a value that is not a finite number";
    return result;
  }
  result.basis = PolynomialBasis::FromData(degree, x);
  const RowMatrix design = result.basis.Design(x);
  // The penalty is on the coefficients c = T w of 1, x, …, x^m that the page states (and on
  // c_0 only when the bias is penalised), carried over exactly into the scaled basis.
  const Eigen::MatrixXd powers = result.basis.PowerMatrix();
  const Eigen::MatrixXd penalty = penalize_bias ? powers : powers.bottomRows(degree);
  const LinearSolveResult solved = SolvePenalizedLeastSquares(design, y, lambda, penalty);
  if (!solved.ok) {
    result.message = solved.message;
    return result;
  }
  result.weights = solved.weights;
  result.cost = PolynomialCost(result.basis, result.weights, x, y);
  result.ok = true;
  return result;
}

double PolynomialCost(const PolynomialBasis& basis, const Eigen::VectorXd& weights,
                      const Eigen::VectorXd& x, const Eigen::VectorXd& y) {
  if (x.size() == 0) return 0;
  double sum = 0;
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    const double residual = y(i) - basis.Evaluate(weights, x(i));
    sum += residual * residual;
  }
  return sum / (2.0 * static_cast<double>(x.size()));
}

}  // namespace descent
