// Seed 000: the directional derivative ∂f/∂l = ∇f·l, largest along ∇f where it equals ‖∇f‖.
#include "core/surfaces/directional.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "core/surfaces/surface.h"

namespace descent {
namespace {

constexpr double kPi = 3.14159265358979323846;

// A few points per surface, spread over the view box but off its symmetry lines.
std::vector<Eigen::Vector2d> ProbePoints(const Box& box) {
  std::vector<Eigen::Vector2d> points;
  for (double u : {0.13, 0.41, 0.77}) {
    for (double w : {0.22, 0.58, 0.91}) {
      points.emplace_back(box.x_min + u * (box.x_max - box.x_min),
                          box.y_min + w * (box.y_max - box.y_min));
    }
  }
  return points;
}

TEST(UnitDirection, IsUnitAndMeasuredFromPlusX) {
  EXPECT_EQ(UnitDirection(0), Eigen::Vector2d(1, 0));
  EXPECT_NEAR(UnitDirection(kPi / 2).x(), 0, 1e-16);
  EXPECT_NEAR(UnitDirection(kPi / 2).y(), 1, 1e-16);
  for (double angle = -4; angle < 4; angle += 0.37) {
    EXPECT_NEAR(UnitDirection(angle).norm(), 1, 1e-15);
  }
}

TEST(DirectionalDerivative, EqualsFiniteDifferenceAlongTheDirection) {
  for (const std::string& name : SurfaceNames()) {
    const auto surface = MakeSurface(name, SurfaceParams());
    for (const Eigen::Vector2d& p : ProbePoints(surface->ViewBox())) {
      for (double angle = -kPi; angle < kPi; angle += 0.5) {
        const Eigen::Vector2d l = UnitDirection(angle);
        const double h = 1e-6 * std::max(1.0, p.norm());
        const Eigen::Vector2d ahead = p + h * l;
        const Eigen::Vector2d behind = p - h * l;
        const double numeric =
            (surface->Value(ahead.x(), ahead.y()) - surface->Value(behind.x(), behind.y())) /
            (2 * h);
        const double analytic = DirectionalDerivative(*surface, p, angle);
        EXPECT_LE(std::abs(analytic - numeric),
                  1e-6 * std::max({1.0, std::abs(analytic), std::abs(numeric)}))
            << name << " at " << p.transpose() << " angle " << angle;
      }
    }
  }
}

TEST(SteepestAscentAngle, MaximisesTheDirectionalDerivativeWithValueGradientNorm) {
  for (const std::string& name : SurfaceNames()) {
    const auto surface = MakeSurface(name, SurfaceParams());
    for (const Eigen::Vector2d& p : ProbePoints(surface->ViewBox())) {
      const double best = SteepestAscentAngle(*surface, p);
      EXPECT_GT(best, -kPi - 1e-12);
      EXPECT_LE(best, kPi);
      const double norm = surface->Gradient(p.x(), p.y()).norm();
      const double at_best = DirectionalDerivative(*surface, p, best);
      EXPECT_NEAR(at_best, norm, 1e-12 * std::max(1.0, norm)) << name;
      // Sweep all directions: none beats the gradient's, and the opposite one is −‖∇f‖.
      for (int k = 0; k < 360; ++k) {
        const double angle = -kPi + k * kPi / 180;
        EXPECT_LE(DirectionalDerivative(*surface, p, angle), at_best + 1e-12 * norm) << name;
      }
      EXPECT_NEAR(DirectionalDerivative(*surface, p, best + kPi), -norm,
                  1e-12 * std::max(1.0, norm));
      // Perpendicular to the gradient the surface is flat to first order (a contour tangent).
      EXPECT_NEAR(DirectionalDerivative(*surface, p, best + kPi / 2), 0,
                  1e-12 * std::max(1.0, norm));
    }
  }
}

TEST(SteepestAscentAngle, IsZeroAtACriticalPoint) {
  const auto bowl = MakeSurface("bowl", SurfaceParams());
  EXPECT_EQ(SteepestAscentAngle(*bowl, Eigen::Vector2d::Zero()), 0);
}

TEST(SteepestAscentAngle, PointsUphillOnASimpleCase) {
  // On the saddle x² − y² at (1, 0), ∇f = (2, 0): steepest ascent along +x.
  const auto saddle = MakeSurface("saddle", SurfaceParams());
  EXPECT_EQ(SteepestAscentAngle(*saddle, Eigen::Vector2d(1, 0)), 0);
  // At (0, 1), ∇f = (0, −2): steepest ascent along −y.
  EXPECT_NEAR(SteepestAscentAngle(*saddle, Eigen::Vector2d(0, 1)), -kPi / 2, 1e-15);
}

TEST(SampleSlice, SamplesTheSurfaceAlongTheLine) {
  const auto surface = MakeSurface("rosenbrock", SurfaceParams());
  const Eigen::Vector2d point(-0.5, 1.2);
  const double angle = 0.7;
  const double radius = 1.5;
  constexpr int kPoints = 9;
  std::vector<float> slice(kPoints, -1.0f);
  SampleSlice(*surface, point, angle, radius, kPoints, slice.data());
  for (int i = 0; i < kPoints; ++i) {
    const double rho = -radius + 2 * radius * i / (kPoints - 1);
    const Eigen::Vector2d at = point + rho * UnitDirection(angle);
    EXPECT_FLOAT_EQ(slice[i], static_cast<float>(surface->Value(at.x(), at.y()))) << i;
  }
  // The middle sample is the point itself; the ends are ρ = ∓radius.
  EXPECT_FLOAT_EQ(slice[kPoints / 2], static_cast<float>(surface->Value(-0.5, 1.2)));
  const Eigen::Vector2d first = point - radius * UnitDirection(angle);
  EXPECT_FLOAT_EQ(slice[0], static_cast<float>(surface->Value(first.x(), first.y())));
}

TEST(SampleSlice, SlopeAtTheCentreIsTheDirectionalDerivative) {
  // The slice is the 1-D function the directional derivative differentiates.
  const auto surface = MakeSurface("himmelblau", SurfaceParams());
  const Eigen::Vector2d point(1, -1);
  const double angle = 2.2;
  const double radius = 1e-3;
  std::vector<float> slice(3);
  SampleSlice(*surface, point, angle, radius, 3, slice.data());
  const double slope = (static_cast<double>(slice[2]) - slice[0]) / (2 * radius);
  const double expected = DirectionalDerivative(*surface, point, angle);
  EXPECT_NEAR(slope, expected, 1e-2 * std::abs(expected));
}

TEST(ValidateSlice, RejectsBadRadiiAndCounts) {
  EXPECT_EQ(ValidateSlice(1, 2), "");
  EXPECT_EQ(ValidateSlice(0, 10), "Slice radius must be a positive number (got 0).");
  EXPECT_NE(ValidateSlice(-1, 10), "");
  EXPECT_NE(ValidateSlice(std::nan(""), 10), "");
  EXPECT_NE(ValidateSlice(INFINITY, 10), "");
  EXPECT_EQ(ValidateSlice(1, 1), "A slice needs at least 2 points (got 1).");
  const auto surface = MakeSurface("booth", SurfaceParams());
  float sentinel = 5.0f;
  SampleSlice(*surface, Eigen::Vector2d::Zero(), 0, 1, 1, &sentinel);
  EXPECT_EQ(sentinel, 5.0f);
  SampleSlice(*surface, Eigen::Vector2d::Zero(), 0, -1, 1, &sentinel);
  EXPECT_EQ(sentinel, 5.0f);
}

}  // namespace
}  // namespace descent
