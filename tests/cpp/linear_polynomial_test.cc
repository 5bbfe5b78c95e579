#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/data/sine_data.h"
#include "core/linear/polynomial_basis.h"
#include "core/linear/polynomial_fit.h"

namespace descent {
namespace {

// The seed's closed form in raw powers of x, in long double: c = (XᵀX/n + λP)⁻¹ XᵀY/n with
// X_ij = x_i^j and P = I (or I without its (0, 0) entry), by Gaussian elimination with partial
// pivoting. Small cases only: it forms XᵀX, which is what the core avoids.
std::vector<long double> RawRidge(const Eigen::VectorXd& x, const Eigen::VectorXd& y, int degree,
                                  long double lambda, bool penalize_bias) {
  const int d = degree + 1;
  const long double n = static_cast<long double>(x.size());
  std::vector<std::vector<long double>> system(d, std::vector<long double>(d + 1, 0.0L));
  for (Eigen::Index i = 0; i < x.size(); ++i) {
    std::vector<long double> powers(d, 1.0L);
    for (int j = 1; j < d; ++j) powers[j] = powers[j - 1] * x(i);
    for (int r = 0; r < d; ++r) {
      for (int c = 0; c < d; ++c) system[r][c] += powers[r] * powers[c] / n;
      system[r][d] += powers[r] * y(i) / n;
    }
  }
  for (int r = penalize_bias ? 0 : 1; r < d; ++r) system[r][r] += lambda;
  for (int col = 0; col < d; ++col) {
    int pivot = col;
    for (int r = col + 1; r < d; ++r) {
      if (std::fabs(system[r][col]) > std::fabs(system[pivot][col])) pivot = r;
    }
    std::swap(system[col], system[pivot]);
    for (int r = 0; r < d; ++r) {
      if (r == col) continue;
      const long double factor = system[r][col] / system[col][col];
      for (int c = col; c <= d; ++c) system[r][c] -= factor * system[col][c];
    }
  }
  std::vector<long double> coefficients(d);
  for (int r = 0; r < d; ++r) coefficients[r] = system[r][d] / system[r][r];
  return coefficients;
}

// Largest |c_core − c_exact| / max(1, |c_exact|) over the coefficients of 1, x, …, x^m.
double RawCoefficientError(const PolynomialFitResult& fit, const std::vector<long double>& exact) {
  const Eigen::VectorXd core = fit.basis.PowerCoefficients(fit.weights);
  double worst = 0;
  for (int k = 0; k < core.size(); ++k) {
    const long double scale = std::max(1.0L, std::fabs(exact[k]));
    worst = std::max(worst, static_cast<double>(std::fabs(core(k) - exact[k]) / scale));
  }
  return worst;
}

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

TEST(PolynomialRidgeTest, PenalisesTheStatedCoefficientsOfX) {
  // Uneven x off the unit interval, so that the internal scaling differs from x.
  Eigen::VectorXd x(9), y(9);
  for (int i = 0; i < 9; ++i) {
    x(i) = -1.0 + 0.5 * i + 0.07 * std::sin(3.0 * i);
    y(i) = std::sin(x(i)) + 0.2 * std::cos(5.0 * i);
  }
  for (int degree = 1; degree <= 5; ++degree) {
    for (double lambda : {1e-3, 0.1, 1.0}) {
      for (bool penalize_bias : {true, false}) {
        const PolynomialFitResult fit = FitPolynomial(x, y, degree, lambda, penalize_bias);
        ASSERT_TRUE(fit.ok) << fit.message;
        const std::vector<long double> exact = RawRidge(x, y, degree, lambda, penalize_bias);
        EXPECT_LT(RawCoefficientError(fit, exact), 1e-10)
            << "degree " << degree << " λ " << lambda << " bias " << penalize_bias;
      }
    }
  }
}

TEST(PolynomialRidgeTest, SeedSettingMatchesTheClosedForm) {
  // The case: the sine data on [0, 1], m = 3, λ = 0.001, where penalising the scaled
  // basis moved the coefficients by up to 32.
  SineDataConfig config;
  config.train_count = 10;
  config.seed = 3;
  const TrainTestSplit data = MakeSineData(config);
  const Eigen::VectorXd x = data.train.inputs.col(0), y = data.train.targets.col(0);
  const PolynomialFitResult fit = FitPolynomial(x, y, 3, 1e-3);
  ASSERT_TRUE(fit.ok) << fit.message;
  EXPECT_LT(RawCoefficientError(fit, RawRidge(x, y, 3, 1e-3L, true)), 1e-10);
}

TEST(PolynomialRidgeTest, AnUnpenalisedBiasTendsToTheMeanUnderAHeavyPenalty) {
  Eigen::VectorXd x(5), y(5);
  x << 0, 1, 2, 3, 4;
  y << 2, 4, 3, 7, 9;
  const PolynomialFitResult fit = FitPolynomial(x, y, 2, 1e6, false);
  ASSERT_TRUE(fit.ok) << fit.message;
  const Eigen::VectorXd c = fit.basis.PowerCoefficients(fit.weights);
  EXPECT_NEAR(c(0), y.mean(), 1e-4);
  EXPECT_NEAR(c(1), 0.0, 1e-4);
  EXPECT_NEAR(c(2), 0.0, 1e-4);
}

}  // namespace
}  // namespace descent
