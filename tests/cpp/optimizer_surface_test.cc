// Every optimizer on every surface of the Valley lab: a short run from the surface's standard
// start decreases the cost. The learning rate is chosen per surface from what the student would
// read off the lab: plain and momentum descent a safe fraction of the stability limit 2/λmax at
// the start (or of the start's gradient scale where the start sits on a ridge), the adaptive
// methods (whose steps are about η per axis) a small fraction of the view box.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "core/optim/optimizer.h"
#include "core/optim/trainer.h"
#include "core/surfaces/hessian_eigen.h"
#include "core/surfaces/surface.h"
#include "core/surfaces/surface_objective.h"

namespace descent {
namespace {

constexpr int kSteps = 30;

double RateFor(OptimizerKind kind, const Surface& surface) {
  const Box box = surface.ViewBox();
  const double width = std::min(box.x_max - box.x_min, box.y_max - box.y_min);
  const bool adaptive = kind == OptimizerKind::kAdaGrad || kind == OptimizerKind::kRmsProp ||
                        kind == OptimizerKind::kAdam || kind == OptimizerKind::kRprop;
  if (adaptive) return 0.005 * width;
  const Eigen::Vector2d start = surface.StandardStart();
  const HessianEigen eigen = HessianEigenAt(surface, start.x(), start.y());
  // Curvature along the path can exceed the start's: also bound the first step to 1% of the box.
  const double gradient_norm = surface.Gradient(start.x(), start.y()).norm();
  double rate = 0.01 * width / std::max(gradient_norm, 1e-12);
  const double curvature = std::max(std::abs(eigen.values(0)), std::abs(eigen.values(1)));
  if (curvature > 0) rate = std::min(rate, 0.1 / curvature);
  // Momentum multiplies the effective step by up to 1/(1 − μ) = 10.
  if (kind == OptimizerKind::kMomentum || kind == OptimizerKind::kNesterov) rate *= 0.1;
  return rate;
}

TEST(OptimizerSurfaceTest, EveryOptimizerOnEverySurfaceDecreasesTheCostFromTheStandardStart) {
  for (const std::string& surface_name : SurfaceNames()) {
    for (const std::string& optimizer_name : OptimizerNames()) {
      SCOPED_TRACE(surface_name + " / " + optimizer_name);
      SurfaceObjective objective(MakeSurface(surface_name, SurfaceParams()));
      TrainerConfig config;
      ASSERT_TRUE(OptimizerKindFromName(optimizer_name, &config.optimizer.kind));
      config.learning_rate = RateFor(config.optimizer.kind, objective.surface());
      const Eigen::Vector2d start = objective.surface().StandardStart();
      const double start_cost = objective.surface().Value(start.x(), start.y());
      Trainer trainer(&objective, config, Eigen::VectorXd(start));
      ASSERT_EQ(trainer.Step(kSteps), kSteps) << trainer.stop_message();
      const Eigen::VectorXd& end = trainer.params();
      const double end_cost = objective.surface().Value(end(0), end(1));
      EXPECT_TRUE(std::isfinite(end_cost));
      EXPECT_LT(end_cost, start_cost) << "rate " << config.learning_rate;
    }
  }
}

}  // namespace
}  // namespace descent
