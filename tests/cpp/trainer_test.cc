#include "core/optim/trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "trainer_test_objectives.h"

namespace descent {
namespace trainer_test {
namespace {

TEST(TrainerTest, RunStateNames) {
  EXPECT_STREQ(RunStateName(RunState::kReady), "ready");
  EXPECT_STREQ(RunStateName(RunState::kRunning), "running");
  EXPECT_STREQ(RunStateName(RunState::kMaxSteps), "max-steps");
  EXPECT_STREQ(RunStateName(RunState::kConverged), "converged");
  EXPECT_STREQ(RunStateName(RunState::kGradientSmall), "gradient-small");
  EXPECT_STREQ(RunStateName(RunState::kDiverged), "diverged");
}

TEST(TrainerTest, GradientDescentConvergesBelowTwoOverLambdaMax) {
  QuadraticBowl bowl;
  Trainer trainer(&bowl, GradientDescent(0.45), Start2());
  EXPECT_EQ(trainer.state(), RunState::kReady);
  EXPECT_EQ(trainer.Step(1), 1);
  EXPECT_EQ(trainer.state(), RunState::kRunning);
  EXPECT_EQ(trainer.Step(299), 299);
  EXPECT_EQ(trainer.step_count(), 300);
  EXPECT_EQ(trainer.state(), RunState::kRunning);
  EXPECT_TRUE(trainer.stop_message().empty());
  EXPECT_NEAR((trainer.params() - bowl.Minimum()).norm(), 0, 1e-12);
  EXPECT_EQ(trainer.learning_rate(), 0.45);
}

TEST(TrainerTest, GradientDescentDivergesAboveTwoOverLambdaMax) {
  QuadraticBowl bowl;
  Trainer trainer(&bowl, GradientDescent(0.55), Start2());
  const int run = trainer.Step(100000);
  EXPECT_LT(run, 100000);
  EXPECT_EQ(trainer.state(), RunState::kDiverged);
  EXPECT_STREQ(RunStateName(trainer.state()), "diverged");
  EXPECT_NE(trainer.stop_message().find("the learning rate is too large"), std::string::npos);
  EXPECT_NE(trainer.stop_message().find("Press Reset"), std::string::npos);
  EXPECT_TRUE(trainer.params().allFinite());
  EXPECT_EQ(run, trainer.step_count());
  // The last recorded cost is below the threshold: the divergent one was not recorded.
  const History& costs = trainer.cost_history();
  EXPECT_LE(costs.values()[costs.size() - 1], 1e12);
  EXPECT_EQ(trainer.Step(10), 0);  // stopped until Reset
}

TEST(TrainerTest, InfiniteCostStopsWithThePlainMessage) {
  QuadraticBowl bowl;
  TrainerConfig config = GradientDescent(0.55);
  config.stop.divergence_cost = std::numeric_limits<double>::infinity();
  Trainer trainer(&bowl, config, Start2());
  trainer.Step(100000);
  ASSERT_EQ(trainer.state(), RunState::kDiverged);
  const std::string expected = "The cost became infinite or NaN at step " +
                               std::to_string(trainer.step_count() + 1) +
                               ": the learning rate is too large for this valley. Press Reset.";
  EXPECT_EQ(trainer.stop_message(), expected);
  EXPECT_TRUE(trainer.params().allFinite());
}

TEST(TrainerTest, NanCostLeavesTheLastFiniteParameters) {
  NanOutside objective;
  Trainer trainer(&objective, GradientDescent(0.7), Start2());
  trainer.Step(1000);
  ASSERT_EQ(trainer.state(), RunState::kDiverged);
  EXPECT_TRUE(trainer.params().allFinite());
  EXPECT_GT(trainer.params().cwiseAbs().maxCoeff(), 10);  // the point where the cost broke
  EXPECT_TRUE(std::isnan(trainer.cost()));
}

TEST(TrainerTest, ALastStepIntoAnInfiniteCostIsADivergence) {
  // Found by option_fuzzer: η = 1.7e307 and max_steps = 1 ended "max-steps" with θ finite but
  // the cost at θ NaN. The last allowed step is now looked at once.
  QuadraticBowl bowl;
  TrainerConfig config = GradientDescent(1e300);
  config.stop.max_steps = 1;
  config.stop.divergence_cost = std::numeric_limits<double>::infinity();
  Trainer trainer(&bowl, config, Start2());
  EXPECT_EQ(trainer.Step(5), 1);
  EXPECT_EQ(trainer.state(), RunState::kDiverged);
  EXPECT_EQ(trainer.stop_message(),
            "The cost became infinite or NaN after step 1: the learning rate is too large for "
            "this valley. Press Reset.");
  EXPECT_EQ(trainer.params(), Start2());  // rolled back to the last point with a finite cost
  EXPECT_TRUE(std::isfinite(bowl.Evaluate(trainer.params(), {}, nullptr)));
}

TEST(TrainerTest, MaxStepsStopRule) {
  QuadraticBowl bowl;
  TrainerConfig config = GradientDescent(0.1);
  config.stop.max_steps = 25;
  Trainer trainer(&bowl, config, Start2());
  EXPECT_EQ(trainer.Step(10), 10);
  EXPECT_EQ(trainer.Step(100), 15);
  EXPECT_EQ(trainer.state(), RunState::kMaxSteps);
  EXPECT_EQ(trainer.stop_message(), "Reached the limit of 25 steps.");
  EXPECT_EQ(trainer.Step(1), 0);
  EXPECT_EQ(trainer.step_count(), 25);
}

TEST(TrainerTest, ParameterChangeStopRule) {
  QuadraticBowl bowl;
  TrainerConfig config = GradientDescent(0.1);
  config.stop.parameter_change_tol = 1e-3;
  Trainer trainer(&bowl, config, Start2());
  const int run = trainer.Step(100000);
  EXPECT_EQ(trainer.state(), RunState::kConverged);
  EXPECT_LT(run, 1000);
  EXPECT_LT(trainer.optimizer().last_update().norm(), 1e-3);
  EXPECT_EQ(trainer.stop_message().rfind("Converged at step " + std::to_string(run), 0), 0u);
}

TEST(TrainerTest, GradientStopRuleDoesNotUpdate) {
  QuadraticBowl bowl;
  TrainerConfig config = GradientDescent(0.1);
  config.stop.gradient_tol = 1e-4;
  Trainer trainer(&bowl, config, Start2());
  trainer.Step(100000);
  EXPECT_EQ(trainer.state(), RunState::kGradientSmall);
  EXPECT_LT(trainer.gradient().norm(), 1e-4);
  // θ is still the point at which the small gradient was evaluated.
  Eigen::VectorXd gradient(2);
  bowl.Evaluate(trainer.params(), {}, &gradient);
  EXPECT_EQ(gradient, trainer.gradient());
  EXPECT_NE(trainer.stop_message().find("below the tolerance"), std::string::npos);
}

TEST(TrainerTest, ResetRestoresTheStartAndRerunsBitIdentically) {
  CommuteLeastSquares data;
  TrainerConfig config = GradientDescent(0.02);
  config.optimizer.kind = OptimizerKind::kMomentum;
  config.sampling.kind = SamplingKind::kWithoutReplacement;
  config.sampling.batch_size = 2;
  config.seed = 99;
  const Eigen::VectorXd start = Eigen::Vector3d(0, 1, 1);
  Trainer trainer(&data, config, start);
  trainer.Step(500);
  const Eigen::VectorXd first_run = trainer.params();
  const std::vector<double> first_costs = trainer.cost_history().values();
  const int epochs = trainer.epoch();
  EXPECT_EQ(epochs, 500 / 3);  // batches of 2, 2, 1 per epoch
  trainer.Reset();
  EXPECT_EQ(trainer.params(), start);
  EXPECT_EQ(trainer.state(), RunState::kReady);
  EXPECT_EQ(trainer.step_count(), 0);
  EXPECT_EQ(trainer.epoch(), 0);
  EXPECT_EQ(trainer.cost_history().size(), 0);
  EXPECT_EQ(trainer.path().size(), 1);
  trainer.Step(500);
  EXPECT_EQ(trainer.params(), first_run);  // bit for bit
  EXPECT_EQ(trainer.cost_history().values(), first_costs);

  Trainer twin(&data, config, start);  // same seed, a fresh object: same run
  twin.Step(500);
  EXPECT_EQ(twin.params(), first_run);
  config.seed = 100;
  Trainer other(&data, config, start);
  other.Step(500);
  EXPECT_NE(other.params(), first_run);

  const Eigen::VectorXd elsewhere = Eigen::Vector3d(5, 5, 5);
  trainer.Reset(elsewhere);
  EXPECT_EQ(trainer.params(), elsewhere);
  EXPECT_EQ(Eigen::Map<const Eigen::VectorXd>(trainer.path().values().data(), 3), elsewhere);
}

TEST(TrainerTest, FullBatchGradientDescentFindsTheNormalEquationSolution) {
  CommuteLeastSquares data;
  TrainerConfig config = GradientDescent(0.1);
  config.stop.gradient_tol = 1e-10;
  Trainer trainer(&data, config, Eigen::Vector3d::Zero());
  trainer.Step(200000);
  EXPECT_EQ(trainer.state(), RunState::kGradientSmall);
  // W* from seed 004 §1.7 (see seeds/README.md).
  EXPECT_NEAR(trainer.params()[0], 6.08613445378149, 1e-7);
  EXPECT_NEAR(trainer.params()[1], 6.53361344537816, 1e-7);
  EXPECT_NEAR(trainer.params()[2], 2.11274509803922, 1e-7);
}

TEST(TrainerTest, SeedRecipeMiniBatchSgdStopsOnSmallChange) {
  // Seed 004 eq. 2.3: C = 0.06, b = 2, η_t = C/√t, stop when ‖W_{t+1} − W_t‖ < 0.02.
  CommuteLeastSquares data;
  TrainerConfig config = GradientDescent(0.06);
  config.schedule.kind = ScheduleKind::kInverseSqrt;
  config.sampling.kind = SamplingKind::kWithoutReplacement;
  config.sampling.batch_size = 2;
  config.stop.parameter_change_tol = 0.02;
  config.stop.max_steps = 100000;
  ASSERT_EQ(ValidateTrainer(config, data), "");
  Trainer trainer(&data, config, Eigen::Vector3d::Zero());
  trainer.Step(100000);
  EXPECT_EQ(trainer.state(), RunState::kConverged);  // after only 5 steps with seed 1
  Eigen::VectorXd gradient(3);
  const double start_cost = data.Evaluate(Eigen::Vector3d::Zero(), {}, &gradient);
  EXPECT_LT(data.Evaluate(trainer.params(), {}, &gradient), 0.1 * start_cost);
}

TEST(TrainerTest, HistoriesAreDecimatedWithinCapacity) {
  QuadraticBowl bowl;
  TrainerConfig config = GradientDescent(0.01);
  config.history_capacity = 16;
  config.path_capacity = 8;
  Trainer trainer(&bowl, config, Start2());
  ASSERT_EQ(trainer.path().size(), 1);  // θ_0
  EXPECT_EQ(trainer.path().steps()[0], 0);
  EXPECT_EQ(trainer.path().values()[0], -3);
  EXPECT_EQ(trainer.path().values()[1], 2);
  trainer.Step(1000);
  const History& costs = trainer.cost_history();
  const History& path = trainer.path();
  EXPECT_LE(costs.size(), 16);
  EXPECT_LE(path.size(), 8);
  EXPECT_EQ(path.width(), 2);
  for (int i = 0; i < costs.size(); ++i) EXPECT_EQ(costs.steps()[i], 1 + i * costs.stride());
  for (int i = 0; i < path.size(); ++i) EXPECT_EQ(path.steps()[i], i * path.stride());
  EXPECT_EQ(path.values()[0], -3);  // the trail still starts at the start point
  // The recorded cost of step t is the cost at θ_{t−1}: check one against a re-evaluation.
  Trainer replay(&bowl, config, Start2());
  const int t = static_cast<int>(costs.steps()[costs.size() - 1]);
  replay.Step(t);
  EXPECT_EQ(replay.cost(), costs.values()[costs.size() - 1]);
}

TEST(TrainerTest, PathCanBeTurnedOff) {
  QuadraticBowl bowl;
  TrainerConfig config = GradientDescent(0.1);
  config.record_path = false;
  Trainer trainer(&bowl, config, Start2());
  trainer.Step(10);
  EXPECT_EQ(trainer.path().size(), 0);
  EXPECT_EQ(trainer.cost_history().size(), 10);
}

}  // namespace
}  // namespace trainer_test
}  // namespace descent
