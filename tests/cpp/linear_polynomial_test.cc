#include <gtest/gtest.h>

#include <cmath>

#include "core/data/sine_data.h"
#include "core/linear/polynomial_basis.h"
#include "core/linear/polynomial_fit.h"

namespace descent {
namespace {

TEST(PolynomialBasisTest, ScalesRangeOntoUnitInterval) {
  const PolynomialBasis basis(3, 2.0, 10.0);
  EXPECT_EQ(basis.size(), 4);
  EXPECT_DOUBLE_EQ(basis.Scaled(2.0), -1.0);
  EXPECT_DOUBLE_EQ(basis.Scaled(10.0), 1.0);
  double features[4];
  basis.Features(8.0, features);
  EXPECT_DOUBLE_EQ(features[0], 1.0);
  EXPECT_DOUBLE_EQ(features[1], 0.5);
  EXPECT_DOUBLE_EQ(features[3], 0.125);
  const PolynomialBasis degenerate(2, 3.0, 3.0);
  EXPECT_DOUBLE_EQ(degenerate.Scaled(4.0), 1.0);
  EXPECT_EQ(ValidatePolynomialDegree(13), "polynomial degree must be between 0 and 12 (got 13)");
  EXPECT_EQ(ValidatePolynomialDegree(0), "");
}

TEST(PolynomialBasisTest, PowerCoefficientsDescribeTheSameCurve) {
  const PolynomialBasis basis(4, -1.0, 3.0);
  const Eigen::VectorXd w = (Eigen::VectorXd(5) << 0.5, -1, 2, 0.25, -0.75).finished();
  const Eigen::VectorXd c = basis.PowerCoefficients(w);
  for (double x : {-2.0, -1.0, 0.0, 0.7, 3.0, 5.0}) {
    double raw = 0;
    for (int k = 4; k >= 0; --k) raw = raw * x + c(k);
    EXPECT_NEAR(raw, basis.Evaluate(w, x), 1e-12 * std::max(1.0, std::fabs(raw)));
  }
}

TEST(PolynomialFitTest, DegreeMInterpolatesMPlusOnePoints) {
  for (int degree = 0; degree <= kMaxPolynomialDegree; ++degree) {
    Eigen::VectorXd x(degree + 1), y(degree + 1);
    for (int i = 0; i <= degree; ++i) {
      x(i) = 3.0 + 7.0 * i / std::max(degree, 1) + 0.1 * std::sin(i);  // uneven spacing
      y(i) = std::cos(x(i)) + 0.3 * i;
    }
    const PolynomialFitResult fit = FitPolynomial(x, y, degree, 0.0);
    ASSERT_TRUE(fit.ok) << degree << ": " << fit.message;
    for (int i = 0; i <= degree; ++i) {
      EXPECT_NEAR(fit.basis.Evaluate(fit.weights, x(i)), y(i), 1e-8) << degree;
    }
    EXPECT_LT(fit.cost, 1e-16);
  }
}

TEST(PolynomialFitTest, DegreeTenOnTwentyPointsIsWellConditioned) {
  SineDataConfig config;
  config.train_count = 20;
  config.test_count = 200;
  config.noise_std = 0.05;
  config.seed = 8;
  const TrainTestSplit data = MakeSineData(config);
  for (double scale : {1.0, 50.0}) {  // [0, 1] and [0, 50]: raw powers of 50 reach 1e17
    const Eigen::VectorXd x = scale * data.train.inputs.col(0);
    const PolynomialFitResult fit = FitPolynomial(x, data.train.targets.col(0), 10, 0.0);
    ASSERT_TRUE(fit.ok) << fit.message;
    EXPECT_TRUE(fit.weights.allFinite());
    EXPECT_LT(fit.cost, 0.5 * 0.05 * 0.05);  // below the noise: it fits (and over-fits)
    const double test_cost = PolynomialCost(fit.basis, fit.weights, scale * data.test.inputs.col(0),
                                            data.test.targets.col(0));
    EXPECT_TRUE(std::isfinite(test_cost));
    EXPECT_LT(test_cost, 0.05);
    // The curve can be evaluated anywhere, also off the data.
    EXPECT_TRUE(std::isfinite(fit.basis.Evaluate(fit.weights, -0.5 * scale)));
  }
}

TEST(PolynomialFitTest, TooFewDistinctPointsReportedAndRidgeFixesIt) {
  Eigen::VectorXd x(4), y(4);
  x << 0, 1, 2, 2;
  y << 1, 0, 3, 3;
  const PolynomialFitResult singular = FitPolynomial(x, y, 5, 0.0);
  EXPECT_FALSE(singular.ok);
  EXPECT_EQ(singular.message,
            "XᵀX is singular: the columns of X are linearly dependent (rank 3 of 6). Add data "
            "or use ridge λ > 0.");
  const PolynomialFitResult ridge = FitPolynomial(x, y, 5, 1e-3);
  ASSERT_TRUE(ridge.ok) << ridge.message;
  EXPECT_TRUE(ridge.weights.allFinite());
  EXPECT_FALSE(FitPolynomial(x, y, 13, 0.0).ok);
}

}  // namespace
}  // namespace descent
