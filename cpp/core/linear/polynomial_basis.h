// Polynomial features φ(x) = [1, t, t², …, t^m] for seed 004 §1.5, where t is x mapped affinely
// onto [−1, 1] by the training data's range. Raw powers of x up to degree 10 make XᵀX hopelessly
// ill-conditioned (x = 5 gives columns from 1 to ~10⁷); on [−1, 1] the powers stay of order 1
// and pivoted QR fits degree 12 without trouble. Polynomials in t are exactly the polynomials in
// x of the same degree, so the fitted curve is the one the seed describes, and it can be
// evaluated at any x (outside the training range t just leaves [−1, 1]).
#ifndef DESCENT_CORE_LINEAR_POLYNOMIAL_BASIS_H_
#define DESCENT_CORE_LINEAR_POLYNOMIAL_BASIS_H_

#include <string>

#include "core/eigen.h"

namespace descent {

constexpr int kMaxPolynomialDegree = 12;

// Empty when 0 ≤ degree ≤ kMaxPolynomialDegree; otherwise a readable message.
std::string ValidatePolynomialDegree(int degree);

class PolynomialBasis {
 public:
  // Degree 0 on the identity scaling (t = x).
  PolynomialBasis() = default;
  // t = (x − center) / half_width with center and half width from [x_min, x_max]; an empty or
  // degenerate range (one distinct x) keeps half width 1 so that t is still defined.
  PolynomialBasis(int degree, double x_min, double x_max);
  // Scaling from the range of `x`.
  static PolynomialBasis FromData(int degree, const Eigen::VectorXd& x);

  int degree() const { return degree_; }
  int size() const { return degree_ + 1; }  // number of weights, w_0..w_m
  double center() const { return center_; }
  double half_width() const { return half_width_; }

  double Scaled(double x) const { return (x - center_) / half_width_; }
  // out[k] = t^k for k = 0..m.
  void Features(double x, double* out) const;
  // The design matrix: n × (m + 1), row i = φ(x_i); column 0 is the bias column of ones.
  RowMatrix Design(const Eigen::VectorXd& x) const;
  // Σ_k w_k t^k by Horner's rule; `weights` has size() entries.
  double Evaluate(const Eigen::VectorXd& weights, double x) const;
  // out[i] = Evaluate(weights, xs[i]): the curve for drawing, no allocation.
  void EvaluateMany(const Eigen::VectorXd& weights, const double* xs, int count, double* out) const;
  // The same polynomial written in raw powers of x: c_0 + c_1 x + … + c_m x^m, for showing the
  // formula of eq. 1.8. For display only: at high degree these numbers are large and cancel.
  Eigen::VectorXd PowerCoefficients(const Eigen::VectorXd& weights) const;
  // The (m + 1) × (m + 1) upper-triangular matrix T with PowerCoefficients(w) = T w: column k
  // holds t^k written in powers of x. Ridge uses it to penalise the coefficients of x the page
  // states rather than the internal weights of t.
  Eigen::MatrixXd PowerMatrix() const;

 private:
  int degree_ = 0;
  double center_ = 0;
  double half_width_ = 1;
};

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_POLYNOMIAL_BASIS_H_
