#include "core/linear/polynomial_basis.h"

#include <algorithm>
#include <cmath>

#include "core/message.h"

namespace descent {

std::string ValidatePolynomialDegree(int degree) {
  if (degree >= 0 && degree <= kMaxPolynomialDegree) return "";
  MessageBuilder message;
  message << "polynomial degree must be between 0 and " << kMaxPolynomialDegree << " (got "
          << degree << ")";
  return message.str();
}

PolynomialBasis::PolynomialBasis(int degree, double x_min, double x_max)
    : degree_(std::min(std::max(degree, 0), kMaxPolynomialDegree)) {
  if (std::isfinite(x_min) && std::isfinite(x_max) && x_max > x_min) {
    center_ = 0.5 * (x_min + x_max);
    half_width_ = 0.5 * (x_max - x_min);
  } else if (std::isfinite(x_min)) {
    center_ = x_min;  // one distinct x: centre on it, keep unit width
  }
}

PolynomialBasis PolynomialBasis::FromData(int degree, const Eigen::VectorXd& x) {
  if (x.size() == 0) return PolynomialBasis(degree, 0, 0);
  return PolynomialBasis(degree, x.minCoeff(), x.maxCoeff());
}

void PolynomialBasis::Features(double x, double* out) const {
  const double t = Scaled(x);
  double power = 1;
  for (int k = 0; k <= degree_; ++k) {
    out[k] = power;
    power *= t;
  }
}

RowMatrix PolynomialBasis::Design(const Eigen::VectorXd& x) const {
  RowMatrix design(x.size(), size());
  for (Eigen::Index i = 0; i < x.size(); ++i) Features(x(i), design.row(i).data());
  return design;
}

double PolynomialBasis::Evaluate(const Eigen::VectorXd& weights, double x) const {
  const double t = Scaled(x);
  double value = 0;
  for (int k = degree_; k >= 0; --k) value = value * t + weights(k);
  return value;
}

void PolynomialBasis::EvaluateMany(const Eigen::VectorXd& weights, const double* xs, int count,
                                   double* out) const {
  for (int i = 0; i < count; ++i) out[i] = Evaluate(weights, xs[i]);
}

Eigen::VectorXd PolynomialBasis::PowerCoefficients(const Eigen::VectorXd& weights) const {
  return PowerMatrix() * weights;
}

Eigen::MatrixXd PolynomialBasis::PowerMatrix() const {
  // t = a x + b with a = 1/h, b = −c/h. Column k is t^k as a coefficient vector in x, built by
  // multiplying column k − 1 by (a x + b).
  const double a = 1.0 / half_width_, b = -center_ / half_width_;
  Eigen::MatrixXd powers = Eigen::MatrixXd::Zero(size(), size());
  powers(0, 0) = 1;
  for (int k = 1; k <= degree_; ++k) {
    for (int j = 0; j <= k; ++j) {
      const double shifted = j >= 1 ? a * powers(j - 1, k - 1) : 0.0;
      powers(j, k) = shifted + b * powers(j, k - 1);
    }
  }
  return powers;
}

}  // namespace descent
