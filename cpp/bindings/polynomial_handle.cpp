#include "bindings/polynomial_handle.h"

#include <cmath>
#include <limits>

#include "bindings/js_args.h"
#include "bindings/linear_args.h"
#include "bindings/refusal.h"
#include "core/linear/polynomial_basis.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
constexpr int kMaxCurvePoints = 4096;
constexpr double kMaxLambda = 1e6;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}  // namespace

PolynomialHandle* PolynomialHandle::Create(const val& x, const val& y, const val& test_x,
                                           const val& test_y) {
  Eigen::VectorXd train_x, train_y, tx, ty;
  std::string message = ReadNumberArray(x, -1, "x", &train_x);
  if (message.empty()) {
    message = ReadNumberArray(y, static_cast<int>(train_x.size()), "y", &train_y);
  }
  if (message.empty() && train_x.size() == 0) {
    message = "The training set is empty: add at least one point.";
  }
  if (message.empty()) message = ReadNumberArray(test_x, -1, "test x", &tx);
  if (message.empty()) {
    message = ReadNumberArray(test_y, static_cast<int>(tx.size()), "test y", &ty);
  }
  if (Refused(message)) return nullptr;
  return new PolynomialHandle(std::move(train_x), std::move(train_y), std::move(tx), std::move(ty));
}

PolynomialHandle::PolynomialHandle(Eigen::VectorXd x, Eigen::VectorXd y, Eigen::VectorXd test_x,
                                   Eigen::VectorXd test_y)
    : x_(std::move(x)), y_(std::move(y)), test_x_(std::move(test_x)), test_y_(std::move(test_y)) {}

double PolynomialHandle::TestCost(const PolynomialFitResult& fit) const {
  if (!fit.ok || test_x_.size() == 0) return kNaN;
  return PolynomialCost(fit.basis, fit.weights, test_x_, test_y_);
}

val PolynomialHandle::Fit(int degree, double lambda, bool penalize_bias) {
  if (Refused(ValidatePolynomialDegree(degree)) ||
      Refused(CheckRange(lambda, 0, kMaxLambda, "lambda"))) {
    return val::undefined();
  }
  fit_ = FitPolynomial(x_, y_, degree, lambda, penalize_bias);
  val out = val::object();
  out.set("ok", fit_.ok);
  out.set("message", fit_.message);
  out.set("weights", NumberArray(fit_.ok ? fit_.weights : Eigen::VectorXd()));
  out.set("powerCoefficients",
          NumberArray(fit_.ok ? fit_.basis.PowerCoefficients(fit_.weights) : Eigen::VectorXd()));
  out.set("trainCost", fit_.ok ? fit_.cost : kNaN);
  out.set("testCost", TestCost(fit_));
  return out;
}

val PolynomialHandle::Curve(double x_min, double x_max, int count) {
  std::string message = CheckFinite(x_min, "curve xMin");
  if (message.empty()) message = CheckFinite(x_max, "curve xMax");
  if (message.empty()) message = CheckRange(count, 2, kMaxCurvePoints, "curve point count");
  if (message.empty() && !(x_max > x_min)) message = "curve needs xMax > xMin";
  if (Refused(message)) return val::undefined();
  if (!fit_.ok) {
    curve_.clear();
    return View(curve_);
  }
  curve_x_.resize(count);
  curve_.resize(count);
  for (int i = 0; i < count; ++i) curve_x_[i] = x_min + (x_max - x_min) * i / (count - 1);
  fit_.basis.EvaluateMany(fit_.weights, curve_x_.data(), count, curve_.data());
  return View(curve_);
}

val PolynomialHandle::CostsByDegree(double lambda, bool penalize_bias) const {
  if (Refused(CheckRange(lambda, 0, kMaxLambda, "lambda"))) return val::undefined();
  val degrees = val::array(), train = val::array(), test = val::array();
  for (int m = 0; m <= kMaxPolynomialDegree; ++m) {
    const PolynomialFitResult fit = FitPolynomial(x_, y_, m, lambda, penalize_bias);
    degrees.call<void>("push", m);
    train.call<void>("push", fit.ok ? fit.cost : kNaN);
    test.call<void>("push", TestCost(fit));
  }
  val out = val::object();
  out.set("degrees", degrees);
  out.set("train", train);
  out.set("test", test);
  return out;
}

}  // namespace descent::bindings
