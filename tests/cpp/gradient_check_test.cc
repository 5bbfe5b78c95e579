// The finite-difference checker itself: exact gradients pass, a wrong component is found.
#include "core/diagnostics/gradient_check.h"

#include <cmath>
#include <vector>

#include "core/objective.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

// C(θ) = Σ_i sin(θ_i) + ½ θ_0² θ_1, with an optional error planted in one component of the
// analytic gradient.
class PlantedObjective : public Objective {
 public:
  int ParameterCount() const override { return 4; }
  int SampleCount() const override { return 0; }
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>&,
                  Eigen::VectorXd* gradient) override {
    if (gradient != nullptr) {
      *gradient = params.array().cos().matrix();
      (*gradient)[0] += params[0] * params[1];
      (*gradient)[1] += 0.5 * params[0] * params[0];
      if (wrong_index >= 0) (*gradient)[wrong_index] *= 1.01;
    }
    ++evaluations;
    return params.array().sin().sum() + 0.5 * params[0] * params[0] * params[1];
  }
  int wrong_index = -1;
  int evaluations = 0;
};

TEST(GradientCheckTest, ExactGradientPasses) {
  PlantedObjective objective;
  Eigen::VectorXd params(4);
  params << 0.3, -1.2, 2.0, 150.0;  // a large entry exercises the scaled step
  const GradientCheckResult result = CheckGradient(&objective, params);
  // θ_3 = 150 is stepped by h = 1.5e-3, whose truncation error h²/6 ≈ 4e-7 (relative, for sin)
  // dominates; the other components are far more accurate.
  EXPECT_LT(result.max_relative_error, 1e-6);
  EXPECT_EQ(result.worst_index, 3);
  for (int i = 0; i < 3; ++i) EXPECT_LT(result.entries[i].relative_error, 1e-8) << i;
  ASSERT_EQ(result.entries.size(), 4u);
  // The gradient pass, then θ_i ± h and θ_i ± 2h for each parameter (no kinks here).
  EXPECT_EQ(objective.evaluations, 1 + 4 * 4);
  EXPECT_EQ(result.evaluations, objective.evaluations);
  EXPECT_EQ(result.Count(GradientVerdict::kRight), 4);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(result.entries[i].index, i);
  EXPECT_NEAR(result.entries[3].analytic, std::cos(150.0), 1e-15);
}

TEST(GradientCheckTest, FivePointStencilIsMoreAccurate) {
  PlantedObjective objective;
  Eigen::VectorXd params(4);
  params << 0.3, -1.2, 2.0, 0.7;
  GradientCheckOptions options;
  options.five_point = true;
  options.step = 1e-3;
  const GradientCheckResult precise = CheckGradient(&objective, params, options);
  options.five_point = false;
  const GradientCheckResult plain = CheckGradient(&objective, params, options);
  EXPECT_LT(precise.max_absolute_error, 1e-11);
  EXPECT_GT(plain.max_absolute_error, 10 * precise.max_absolute_error);
}

TEST(GradientCheckTest, FindsAPlantedError) {
  PlantedObjective objective;
  objective.wrong_index = 2;
  Eigen::VectorXd params(4);
  params << 0.3, -1.2, 0.5, 0.7;
  const GradientCheckResult result = CheckGradient(&objective, params);
  EXPECT_EQ(result.worst_index, 2);
  // |1.01 g − g| / (1.01|g| + |g|) = 0.01 / 2.01.
  EXPECT_NEAR(result.max_relative_error, 0.01 / 2.01, 1e-8);
  EXPECT_EQ(result.entries[2].verdict, GradientVerdict::kWrong);
  EXPECT_EQ(result.Count(GradientVerdict::kWrong), 1);
  EXPECT_EQ(result.Count(GradientVerdict::kRight), 3);
}

TEST(GradientCheckTest, SubsetOfIndicesAndZeroGradients) {
  PlantedObjective objective;
  Eigen::VectorXd params(4);
  params << 0.0, 0.0, 1.5707963267948966, 0.0;  // ∂C/∂θ_2 = cos(π/2) ≈ 6e-17
  GradientCheckOptions options;
  options.indices = {2, 7, -1};  // out-of-range indices are skipped
  const GradientCheckResult result = CheckGradient(&objective, params, options);
  ASSERT_EQ(result.entries.size(), 1u);
  EXPECT_EQ(result.entries[0].index, 2);
  // Both sides tiny: the floor turns the measure into an absolute one and it stays small.
  EXPECT_LT(result.max_relative_error, 1e-5);
  EXPECT_LT(result.max_absolute_error, 1e-10);
}

}  // namespace
}  // namespace descent
