// SurfaceObjective must be a transparent adapter: same value, same gradient, no samples.
#include "core/surfaces/surface_objective.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "core/surfaces/surface.h"

namespace descent {
namespace {

TEST(SurfaceObjective, AgreesWithTheSurfaceEverywhere) {
  for (const std::string& name : SurfaceNames()) {
    const auto reference = MakeSurface(name, SurfaceParams());
    SurfaceObjective objective(MakeSurface(name, SurfaceParams()));
    EXPECT_EQ(objective.ParameterCount(), 2) << name;
    EXPECT_EQ(objective.SampleCount(), 0) << name;
    const Box box = reference->ViewBox();
    for (int i = 0; i <= 10; ++i) {
      for (int j = 0; j <= 10; ++j) {
        const double x = box.x_min + i * (box.x_max - box.x_min) / 10;
        const double y = box.y_min + j * (box.y_max - box.y_min) / 10;
        Eigen::VectorXd params(2);
        params << x, y;
        Eigen::VectorXd gradient(2);
        EXPECT_EQ(objective.Evaluate(params, {}, &gradient), reference->Value(x, y)) << name;
        EXPECT_EQ(gradient, Eigen::VectorXd(reference->Gradient(x, y))) << name;
      }
    }
  }
}

TEST(SurfaceObjective, IgnoresBatchesAndAcceptsANullGradient) {
  SurfaceObjective objective(MakeSurface("rosenbrock", SurfaceParams()));
  Eigen::VectorXd params(2);
  params << -1.5, 2;
  const double all = objective.Evaluate(params, {}, nullptr);
  EXPECT_EQ(objective.Evaluate(params, {0, 3, 7}, nullptr), all);
  EXPECT_EQ(all, objective.surface().Value(-1.5, 2));
}

TEST(SurfaceObjective, SizesAnEmptyGradient) {
  SurfaceObjective objective(MakeSurface("booth", SurfaceParams()));
  Eigen::VectorXd params(2);
  params << 0, 0;
  Eigen::VectorXd gradient;
  objective.Evaluate(params, {}, &gradient);
  ASSERT_EQ(gradient.size(), 2);
  EXPECT_EQ(gradient(0), -34);
  EXPECT_EQ(gradient(1), -38);
}

// Seed 000, eq. 6: v ← v − η∇C, driven through the Objective interface as the Trainer will.
TEST(SurfaceObjective, PlainDescentThroughTheInterfaceReachesTheMinimum) {
  SurfaceObjective objective(MakeSurface("booth", SurfaceParams()));
  Eigen::VectorXd params(2);
  params << objective.surface().StandardStart().x(), objective.surface().StandardStart().y();
  Eigen::VectorXd gradient(2);
  for (int step = 0; step < 500; ++step) {
    objective.Evaluate(params, {}, &gradient);
    params -= 0.05 * gradient;
  }
  EXPECT_NEAR(params(0), 1, 1e-9);
  EXPECT_NEAR(params(1), 3, 1e-9);
  EXPECT_NEAR(objective.Evaluate(params, {}, nullptr), 0, 1e-15);
}

}  // namespace
}  // namespace descent
