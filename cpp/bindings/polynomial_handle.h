// The JS-facing polynomial regression of the Regression lab (seed 004 §1.5–1.6): closed-form
// fits of degree 0–12 with ridge on 1-D training data, train and test cost, and the curve.
// Methods that check their arguments record a refusal (refusal.h) and return a neutral value.
#ifndef DESCENT_BINDINGS_POLYNOMIAL_HANDLE_H_
#define DESCENT_BINDINGS_POLYNOMIAL_HANDLE_H_

#include <emscripten/val.h>

#include <vector>

#include "core/linear/polynomial_fit.h"

namespace descent::bindings {

class PolynomialHandle {
 public:
  // x, y: the training set; testX, testY: the test set (may be empty). nullptr when refused.
  static PolynomialHandle* Create(const emscripten::val& x, const emscripten::val& y,
                                  const emscripten::val& test_x, const emscripten::val& test_y);

  // Fits degree m (0..12) with ridge λ ≥ 0 on the coefficients of 1, x, …, x^m (the bias c_0
  // included unless `penalize_bias` is false) and keeps the fit for Curve(). Returns { ok,
  // message, weights (scaled basis), powerCoefficients, trainCost, testCost } (copies). A
  // singular fit (too few distinct x for the degree at λ = 0) is ok: false with a message.
  emscripten::val Fit(int degree, double lambda, bool penalize_bias);
  // The kept fit at `count` evenly spaced x in [x_min, x_max]; Float64Array view of a member
  // buffer, valid until the next call. Empty before a successful Fit.
  emscripten::val Curve(double x_min, double x_max, int count);
  // Train and test cost for every degree 0..12 at λ: { degrees, train, test } (copies; NaN
  // where a degree cannot be fitted).
  emscripten::val CostsByDegree(double lambda, bool penalize_bias) const;

 private:
  PolynomialHandle(Eigen::VectorXd x, Eigen::VectorXd y, Eigen::VectorXd test_x,
                   Eigen::VectorXd test_y);
  double TestCost(const PolynomialFitResult& fit) const;
  Eigen::VectorXd x_, y_, test_x_, test_y_;
  PolynomialFitResult fit_;
  std::vector<double> curve_, curve_x_;
};

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_POLYNOMIAL_HANDLE_H_
