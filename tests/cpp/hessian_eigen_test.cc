// The Hessian's eigenvalues and the learning-rate limit η < 2/λmax they imply.
#include "core/surfaces/hessian_eigen.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>

#include "core/surfaces/surface.h"

namespace descent {
namespace {

constexpr double kPi = 3.14159265358979323846;

TEST(HessianEigen, BowlHasEigenvaluesOneAndConditionNumber) {
  for (double condition : {1.0, 2.0, 10.0, 123.4, 1000.0}) {
    for (double rotation : {0.0, 30.0, 45.0, -71.0, 200.0}) {
      const auto bowl = MakeSurface("bowl", {condition, rotation});
      // The bowl's Hessian is constant; look at several points.
      for (const Eigen::Vector2d& p : {Eigen::Vector2d(0, 0), Eigen::Vector2d(-2.5, 1.5)}) {
        const HessianEigen eigen = HessianEigenAt(*bowl, p.x(), p.y());
        EXPECT_NEAR(eigen.values(0), 1, 1e-13 * condition) << condition << " " << rotation;
        EXPECT_NEAR(eigen.values(1), condition, 1e-13 * condition);
        if (condition > 1) {
          // The steep axis is the x axis turned by the rotation plus 90°, up to sign.
          const double radians = rotation * kPi / 180;
          const Eigen::Vector2d steep(-std::sin(radians), std::cos(radians));
          EXPECT_NEAR(std::abs(eigen.vectors.col(1).dot(steep)), 1, 1e-12);
        }
      }
    }
  }
}

TEST(HessianEigen, VectorsAreOrthonormalEigenvectorsWithAFixedSign) {
  for (const std::string& name : SurfaceNames()) {
    const auto surface = MakeSurface(name, SurfaceParams());
    const Box box = surface->ViewBox();
    for (double u : {0.1, 0.35, 0.5, 0.8}) {
      const double x = box.x_min + u * (box.x_max - box.x_min);
      const double y = box.y_max - u * u * (box.y_max - box.y_min);
      const Eigen::Matrix2d h = surface->Hessian(x, y);
      const HessianEigen eigen = HessianEigenAt(*surface, x, y);
      EXPECT_LE(eigen.values(0), eigen.values(1)) << name;
      const double scale = std::max(1.0, h.norm());
      for (int i = 0; i < 2; ++i) {
        const Eigen::Vector2d v = eigen.vectors.col(i);
        EXPECT_NEAR(v.norm(), 1, 1e-14);
        EXPECT_LT((h * v - eigen.values(i) * v).norm(), 1e-12 * scale) << name;
        EXPECT_TRUE(v.x() > 0 || (v.x() == 0 && v.y() > 0)) << name;
      }
      EXPECT_NEAR(eigen.vectors.col(0).dot(eigen.vectors.col(1)), 0, 1e-14);
      // Trace and determinant are preserved.
      EXPECT_NEAR(eigen.values.sum(), h.trace(), 1e-12 * scale);
    }
  }
}

TEST(HessianEigen, SaddleHasOneNegativeCurvature) {
  const HessianEigen eigen = HessianEigenAt(*MakeSurface("saddle", SurfaceParams()), 0.3, -1);
  EXPECT_EQ(eigen.values(0), -2);
  EXPECT_EQ(eigen.values(1), 2);
  EXPECT_EQ(eigen.vectors.col(0), Eigen::Vector2d(0, 1));
  EXPECT_EQ(eigen.vectors.col(1), Eigen::Vector2d(1, 0));
}

TEST(StabilityLimit, IsTwoOverTheLargestEigenvalue) {
  const auto bowl = MakeSurface("bowl", {25, 10});
  const StabilityLimit limit = StabilityLimitFor(HessianEigenAt(*bowl, 0, 0));
  EXPECT_TRUE(limit.has_limit);
  EXPECT_NEAR(limit.max_learning_rate, 2.0 / 25, 1e-15);
  // Saddle: λmax = 2 still limits the step along x.
  const StabilityLimit saddle =
      StabilityLimitFor(HessianEigenAt(*MakeSurface("saddle", SurfaceParams()), 0, 0));
  EXPECT_TRUE(saddle.has_limit);
  EXPECT_EQ(saddle.max_learning_rate, 1);
}

TEST(StabilityLimit, NoLimitWhenNothingCurvesUpwards) {
  HessianEigen concave;
  concave.values << -3, -1;
  EXPECT_FALSE(StabilityLimitFor(concave).has_limit);
  EXPECT_TRUE(std::isinf(StabilityLimitFor(concave).max_learning_rate));
  HessianEigen flat;
  flat.values << -1, 0;
  EXPECT_FALSE(StabilityLimitFor(flat).has_limit);
  // At a local maximum of a real surface: Rastrigin's Hessian at (0.5, 0.5) is 2 − 40π² < 0.
  const auto rastrigin = MakeSurface("rastrigin", SurfaceParams());
  EXPECT_FALSE(StabilityLimitFor(HessianEigenAt(*rastrigin, 0.5, 0.5)).has_limit);
}

// Runs v ← v − η∇f (seed 000, eq. 6) and returns the final distance to the minimum at 0.
double DescentDistance(const Surface& bowl, double learning_rate, int steps) {
  Eigen::Vector2d v = bowl.StandardStart();
  for (int step = 0; step < steps; ++step) v -= learning_rate * bowl.Gradient(v.x(), v.y());
  return v.norm();
}

TEST(StabilityLimit, DescentOnTheBowlConvergesBelowAndDivergesAbove) {
  for (double condition : {1.0, 4.0, 10.0, 100.0, 1000.0}) {
    for (double rotation : {0.0, 30.0, 117.0}) {
      const auto bowl = MakeSurface("bowl", {condition, rotation});
      const StabilityLimit limit = StabilityLimitFor(HessianEigenAt(*bowl, 0, 0));
      ASSERT_TRUE(limit.has_limit);
      EXPECT_NEAR(limit.max_learning_rate, 2 / condition, 1e-13 / condition);
      const double start = bowl->StandardStart().norm();
      // Below the limit the slowest mode shrinks by |1 − η·1| per step, so give it enough
      // steps to fall far below the start even for κ = 1000.
      const int steps = static_cast<int>(40 * condition) + 100;
      EXPECT_LT(DescentDistance(*bowl, 0.95 * limit.max_learning_rate, steps), 1e-6 * start)
          << condition << " " << rotation;
      // Above it the steep mode grows by |1 − η·κ| = 1.1 per step.
      EXPECT_GT(DescentDistance(*bowl, 1.05 * limit.max_learning_rate, 300), 1e6 * start)
          << condition << " " << rotation;
    }
  }
}

}  // namespace
}  // namespace descent
