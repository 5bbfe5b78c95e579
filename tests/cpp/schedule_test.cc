#include "core/optim/schedule.h"

#include <gtest/gtest.h>

#include <cmath>

namespace descent {
namespace {

constexpr double kPi = 3.14159265358979323846;

ScheduleConfig ConfigFor(ScheduleKind kind) {
  ScheduleConfig config;
  config.kind = kind;
  return config;
}

TEST(ScheduleTest, NamesRoundTrip) {
  const std::vector<std::string>& names = ScheduleNames();
  ASSERT_EQ(names.size(), 6u);
  for (size_t i = 0; i < names.size(); ++i) {
    ScheduleKind kind = ScheduleKind::kConstant;
    ASSERT_TRUE(ScheduleKindFromName(names[i], &kind));
    EXPECT_EQ(static_cast<size_t>(kind), i);
  }
  ScheduleKind kind = ScheduleKind::kCosine;
  EXPECT_FALSE(ScheduleKindFromName("warmup", &kind));
  EXPECT_EQ(kind, ScheduleKind::kCosine);
}

TEST(ScheduleTest, Constant) {
  const ScheduleConfig config = ConfigFor(ScheduleKind::kConstant);
  EXPECT_EQ(LearningRateAt(config, 0.06, 1), 0.06);
  EXPECT_EQ(LearningRateAt(config, 0.06, 2), 0.06);
  EXPECT_EQ(LearningRateAt(config, 0.06, 100), 0.06);
}

TEST(ScheduleTest, InverseSqrtIsCOverRootT) {  // seed 004 §2.2
  const ScheduleConfig config = ConfigFor(ScheduleKind::kInverseSqrt);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.06, 1), 0.06);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.06, 2), 0.06 / std::sqrt(2.0));
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.06, 100), 0.006);
}

TEST(ScheduleTest, InverseIsCOverT) {
  const ScheduleConfig config = ConfigFor(ScheduleKind::kInverse);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.5, 1), 0.5);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.5, 2), 0.25);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.5, 100), 0.005);
}

TEST(ScheduleTest, StepDecaysEveryPeriod) {
  ScheduleConfig config = ConfigFor(ScheduleKind::kStep);
  config.decay = 0.5;
  config.period = 10;
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 1), 1.0);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 2), 1.0);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 10), 1.0);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 11), 0.5);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 100), std::pow(0.5, 9));  // floor(99/10) = 9
  config.decay = 0.9999;  // a long run: the integer power stays accurate
  config.period = 1;
  EXPECT_NEAR(LearningRateAt(config, 1.0, 1000001) / std::pow(0.9999, 1e6), 1, 1e-9);
}

TEST(ScheduleTest, ExponentialDecaysSmoothly) {
  ScheduleConfig config = ConfigFor(ScheduleKind::kExponential);
  config.decay = 0.5;
  config.period = 10;
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 1), 1.0);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 2), std::pow(0.5, 0.1));
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 1.0, 100), std::pow(0.5, 9.9));
}

TEST(ScheduleTest, CosineFallsToTheFloorAndStays) {
  ScheduleConfig config = ConfigFor(ScheduleKind::kCosine);
  config.period = 100;
  config.min_rate = 0.01;
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.1, 1), 0.1);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.1, 2), 0.01 + 0.09 * (1 + std::cos(kPi * 0.01)) / 2);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.1, 51), 0.055);  // half way
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.1, 100), 0.01 + 0.09 * (1 + std::cos(kPi * 0.99)) / 2);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.1, 101), 0.01);
  EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.1, 5000), 0.01);
}

TEST(ScheduleTest, EveryScheduleStartsAtTheBaseRate) {
  for (size_t i = 0; i < ScheduleNames().size(); ++i) {
    const ScheduleConfig config = ConfigFor(static_cast<ScheduleKind>(i));
    EXPECT_DOUBLE_EQ(LearningRateAt(config, 0.3, 1), 0.3) << ScheduleNames()[i];
  }
}

TEST(ScheduleTest, ValidationMessages) {
  EXPECT_EQ(ValidateSchedule(ScheduleConfig()), "");
  ScheduleConfig config = ConfigFor(ScheduleKind::kStep);
  config.decay = 1.5;
  EXPECT_EQ(ValidateSchedule(config), "decay factor must be in (0, 1], got 1.5");
  config.decay = 0.5;
  config.period = 0;
  EXPECT_EQ(ValidateSchedule(config), "decay period must be at least 1 step, got 0");
  config = ConfigFor(ScheduleKind::kCosine);
  config.min_rate = -1;
  EXPECT_EQ(ValidateSchedule(config), "minimum learning rate must be a finite number >= 0, got -1");
  config = ConfigFor(ScheduleKind::kInverse);
  config.decay = -3;  // unused by C/t
  EXPECT_EQ(ValidateSchedule(config), "");
}

}  // namespace
}  // namespace descent
