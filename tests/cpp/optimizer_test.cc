#include "core/optim/optimizer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace descent {
namespace {

// f(θ) = ½θᵀAθ − bᵀθ with A = [[3, 1], [1, 2]] (λ ≈ 1.38, 3.62), minimum at A⁻¹b = (0.2, 1.4).
struct Quadratic {
  Eigen::Matrix2d a = (Eigen::Matrix2d() << 3, 1, 1, 2).finished();
  Eigen::Vector2d b = Eigen::Vector2d(1, 3);
  double Cost(const Eigen::VectorXd& x) const { return 0.5 * x.dot(a * x) - b.dot(x); }
  void Gradient(const Eigen::VectorXd& x, Eigen::VectorXd* g) const { *g = a * x - b; }
};

OptimizerConfig ConfigFor(OptimizerKind kind) {
  OptimizerConfig config;
  config.kind = kind;
  return config;
}

TEST(OptimizerTest, NamesRoundTrip) {
  const std::vector<std::string>& names = OptimizerNames();
  ASSERT_EQ(names.size(), 7u);
  for (size_t i = 0; i < names.size(); ++i) {
    OptimizerKind kind = OptimizerKind::kSgd;
    ASSERT_TRUE(OptimizerKindFromName(names[i], &kind)) << names[i];
    EXPECT_EQ(static_cast<size_t>(kind), i);
  }
  OptimizerKind kind = OptimizerKind::kAdam;
  EXPECT_FALSE(OptimizerKindFromName("lbfgs", &kind));
  EXPECT_EQ(kind, OptimizerKind::kAdam);
}

TEST(OptimizerTest, EveryOptimizerDecreasesAQuadraticIn50Steps) {
  const struct {
    OptimizerKind kind;
    double rate;
  } cases[] = {{OptimizerKind::kSgd, 0.1},       {OptimizerKind::kMomentum, 0.05},
               {OptimizerKind::kNesterov, 0.05}, {OptimizerKind::kAdaGrad, 0.5},
               {OptimizerKind::kRmsProp, 0.05},  {OptimizerKind::kAdam, 0.1},
               {OptimizerKind::kRprop, 0.1}};
  Quadratic quadratic;
  const double minimum = quadratic.Cost(quadratic.a.inverse() * quadratic.b);
  for (const auto& c : cases) {
    OptimizerConfig config = ConfigFor(c.kind);
    if (c.kind == OptimizerKind::kRmsProp) config.beta2 = 0.9;
    ASSERT_EQ(ValidateOptimizer(config), "");
    Optimizer optimizer(config, 2);
    Eigen::VectorXd theta(2), gradient(2);
    theta << -2, -1.5;
    const double start_gap = quadratic.Cost(theta) - minimum;
    for (int t = 0; t < 50; ++t) {
      quadratic.Gradient(theta, &gradient);
      optimizer.Step(gradient, c.rate, &theta);
    }
    const double gap = quadratic.Cost(theta) - minimum;
    EXPECT_LT(gap, 0.05 * start_gap) << OptimizerNames()[static_cast<int>(c.kind)];
    EXPECT_EQ(optimizer.step_count(), 50);
  }
}

TEST(OptimizerTest, SgdStepIsMinusRateTimesGradient) {
  Optimizer optimizer(ConfigFor(OptimizerKind::kSgd), 2);
  Eigen::VectorXd theta(2), gradient(2);
  theta << 1, 2;
  gradient << 0.5, -4;
  optimizer.Step(gradient, 0.1, &theta);
  EXPECT_DOUBLE_EQ(theta[0], 0.95);
  EXPECT_DOUBLE_EQ(theta[1], 2.4);
  EXPECT_DOUBLE_EQ(optimizer.last_update()[1], 0.4);
}

// f(θ) = θ²/2, so g = θ. θ0 = 1, η = 0.1, μ = 0.9, worked by hand:
//   momentum: b = 1, θ = 0.9;  b = 1.8, θ = 0.72;  b = 2.34, θ = 0.486
//   Nesterov: b = 1, θ = 1 − 0.1·(1 + 0.9) = 0.81;  b = 1.71, θ = 0.81 − 0.1·(0.81 + 1.539)
TEST(OptimizerTest, MomentumMatchesAHandComputedSequence) {
  Optimizer optimizer(ConfigFor(OptimizerKind::kMomentum), 1);
  Eigen::VectorXd theta(1), gradient(1);
  theta << 1;
  const double expected_theta[] = {0.9, 0.72, 0.486};
  const double expected_velocity[] = {1, 1.8, 2.34};
  for (int t = 0; t < 3; ++t) {
    gradient = theta;
    optimizer.Step(gradient, 0.1, &theta);
    EXPECT_NEAR(theta[0], expected_theta[t], 1e-15);
    EXPECT_NEAR(optimizer.velocity()[0], expected_velocity[t], 1e-15);
  }
}

TEST(OptimizerTest, NesterovMatchesAHandComputedSequence) {
  Optimizer optimizer(ConfigFor(OptimizerKind::kNesterov), 1);
  Eigen::VectorXd theta(1), gradient(1);
  theta << 1;
  const double expected_theta[] = {0.81, 0.5751};
  for (int t = 0; t < 2; ++t) {
    gradient = theta;
    optimizer.Step(gradient, 0.1, &theta);
    EXPECT_NEAR(theta[0], expected_theta[t], 1e-15);
  }
}

TEST(OptimizerTest, AdaGradAndRmsPropFirstSteps) {
  Eigen::VectorXd gradient(2);
  gradient << 2, -0.5;
  {
    Optimizer adagrad(ConfigFor(OptimizerKind::kAdaGrad), 2);
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(2);
    adagrad.Step(gradient, 0.1, &theta);
    adagrad.Step(gradient, 0.1, &theta);  // s = 2g², second step −0.1·g/(√2|g| + ε)
    EXPECT_NEAR(adagrad.second_moment()[0], 8, 1e-15);
    EXPECT_NEAR(theta[0], -0.1 - 0.1 / std::sqrt(2.0), 1e-8);
    EXPECT_NEAR(theta[1], 0.1 + 0.1 / std::sqrt(2.0), 1e-7);
    EXPECT_NEAR(adagrad.step_sizes()[0], 0.1 / std::sqrt(8.0), 1e-9);
  }
  {
    OptimizerConfig config = ConfigFor(OptimizerKind::kRmsProp);
    config.beta2 = 0.9;  // RMSProp's ρ
    Optimizer rmsprop(config, 2);
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(2);
    rmsprop.Step(gradient, 0.01, &theta);  // s = 0.1·g², step = η·g/(√0.1·|g|)
    EXPECT_NEAR(rmsprop.second_moment()[0], 0.4, 1e-15);
    EXPECT_NEAR(theta[0], -0.01 / std::sqrt(0.1), 1e-9);
    EXPECT_NEAR(theta[1], 0.01 / std::sqrt(0.1), 1e-8);
  }
}

TEST(OptimizerTest, AdamFirstStepIsMinusRateTimesSignOfGradient) {
  Optimizer adam(ConfigFor(OptimizerKind::kAdam), 3);
  Eigen::VectorXd theta = Eigen::VectorXd::Zero(3), gradient(3);
  gradient << 3, -0.5, 2;
  const double rate = 0.05;
  adam.Step(gradient, rate, &theta);
  EXPECT_NEAR(theta[0], -rate, 1e-7 * rate);
  EXPECT_NEAR(theta[1], rate, 1e-7 * rate);
  EXPECT_NEAR(theta[2], -rate, 1e-7 * rate);
  // m and v are the raw (uncorrected) moments.
  EXPECT_NEAR(adam.first_moment()[0], 0.3, 1e-15);
  EXPECT_NEAR(adam.second_moment()[0], 0.009, 1e-15);
}

TEST(OptimizerTest, RpropStepSizesGrowShrinkAndStayWithinBounds) {
  Optimizer rprop(ConfigFor(OptimizerKind::kRprop), 1);
  Eigen::VectorXd theta = Eigen::VectorXd::Zero(1), gradient(1);
  const double rate = 0.1;
  gradient << 1;
  rprop.Step(gradient, rate, &theta);
  EXPECT_DOUBLE_EQ(rprop.step_sizes()[0], rate);  // the first step size is η
  EXPECT_DOUBLE_EQ(theta[0], -rate);
  double expected = rate;
  for (int t = 0; t < 5; ++t) {  // the sign holds: ×1.2 each step; η is ignored from now on
    rprop.Step(gradient, 123.0, &theta);
    expected *= 1.2;
    EXPECT_NEAR(rprop.step_sizes()[0], expected, 1e-15);
    EXPECT_NEAR(rprop.last_update()[0], -expected, 1e-15);
  }
  gradient << -1;  // a flip: ×0.5, and (Rprop−) the step still follows this gradient's sign
  rprop.Step(gradient, rate, &theta);
  expected *= 0.5;
  EXPECT_NEAR(rprop.step_sizes()[0], expected, 1e-15);
  EXPECT_NEAR(rprop.last_update()[0], expected, 1e-15);

  // Upper bound: keep the sign long enough to pass 50.
  for (int t = 0; t < 100; ++t) rprop.Step(gradient, rate, &theta);
  EXPECT_EQ(rprop.step_sizes()[0], 50);
  // Lower bound: flip every step.
  for (int t = 0; t < 100; ++t) {
    gradient = -gradient;
    rprop.Step(gradient, rate, &theta);
  }
  EXPECT_EQ(rprop.step_sizes()[0], 1e-6);
  // A zero gradient neither moves the weight nor changes its step size.
  gradient << 0;
  rprop.Step(gradient, rate, &theta);
  EXPECT_EQ(rprop.last_update()[0], 0);
  EXPECT_EQ(rprop.step_sizes()[0], 1e-6);
}

TEST(OptimizerTest, RpropAdaptsEachWeightSeparately) {
  Optimizer rprop(ConfigFor(OptimizerKind::kRprop), 2);
  Eigen::VectorXd theta = Eigen::VectorXd::Zero(2), gradient(2);
  gradient << 1, 1;
  rprop.Step(gradient, 1.0, &theta);
  gradient << 2, -3;
  rprop.Step(gradient, 1.0, &theta);
  EXPECT_DOUBLE_EQ(rprop.step_sizes()[0], 1.2);
  EXPECT_DOUBLE_EQ(rprop.step_sizes()[1], 0.5);
}

TEST(OptimizerTest, ResetForgetsAllState) {
  for (OptimizerKind kind : {OptimizerKind::kMomentum, OptimizerKind::kAdam, OptimizerKind::kRprop,
                             OptimizerKind::kAdaGrad}) {
    Optimizer optimizer(ConfigFor(kind), 2);
    Eigen::VectorXd theta(2), gradient(2);
    theta << 1, -1;
    gradient << 0.3, -0.7;
    Eigen::VectorXd first = theta;
    optimizer.Step(gradient, 0.1, &first);
    Eigen::VectorXd again = first;
    optimizer.Step(gradient, 0.1, &again);
    optimizer.Reset();
    EXPECT_EQ(optimizer.step_count(), 0);
    EXPECT_EQ(optimizer.velocity().squaredNorm() + optimizer.first_moment().squaredNorm() +
                  optimizer.second_moment().squaredNorm() + optimizer.step_sizes().squaredNorm(),
              0);
    Eigen::VectorXd rerun = theta;
    optimizer.Step(gradient, 0.1, &rerun);
    EXPECT_EQ(rerun, first);  // bit-identical to a fresh optimizer's first step
  }
}

TEST(OptimizerTest, ValidationMessages) {
  EXPECT_EQ(ValidateOptimizer(OptimizerConfig()), "");
  OptimizerConfig config = ConfigFor(OptimizerKind::kMomentum);
  config.momentum = 1.5;
  EXPECT_EQ(ValidateOptimizer(config), "momentum must be in [0, 1), got 1.5");
  config.momentum = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(ValidateOptimizer(config), "momentum must be in [0, 1), got nan");
  config = ConfigFor(OptimizerKind::kSgd);
  config.momentum = 1.5;  // unused by SGD, so not an error
  EXPECT_EQ(ValidateOptimizer(config), "");
  config = ConfigFor(OptimizerKind::kAdam);
  config.beta1 = 1;
  EXPECT_EQ(ValidateOptimizer(config), "beta1 must be in [0, 1), got 1");
  config = ConfigFor(OptimizerKind::kRmsProp);
  config.beta2 = -0.1;
  EXPECT_EQ(ValidateOptimizer(config), "decay rate must be in [0, 1), got -0.1");
  config = ConfigFor(OptimizerKind::kAdaGrad);
  config.epsilon = 0;
  EXPECT_EQ(ValidateOptimizer(config), "epsilon must be a finite number > 0, got 0");
  config = ConfigFor(OptimizerKind::kRprop);
  config.rprop_increase = 0.9;
  EXPECT_EQ(ValidateOptimizer(config),
            "Rprop increase factor must be a finite number > 1, got 0.9");
  config = ConfigFor(OptimizerKind::kRprop);
  config.rprop_decrease = 1;
  EXPECT_EQ(ValidateOptimizer(config), "Rprop decrease factor must be in (0, 1), got 1");
  config = ConfigFor(OptimizerKind::kRprop);
  config.rprop_max_step = 1e-7;
  EXPECT_NE(ValidateOptimizer(config), "");
}

}  // namespace
}  // namespace descent
