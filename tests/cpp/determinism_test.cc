// Determinism: the same run twice gives bit-identical numbers, and the native and wasm builds
// agree to 1e-12 with tests/fixtures/determinism.json (written by the native build; the same
// test compiled to wasm reads it). Three fixed runs cover the three kinds of objective: a
// network on spiral data (mini-batches, Adam), the commute regression (SGD with replacement,
// C/√t) and every optimizer on Rosenbrock.
//
// To regenerate after an intended change of the numbers:
//   DESCENT_WRITE_FIXTURE=1 build/native/core_tests --gtest_filter='Determinism*'
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "core/data/commute_data.h"
#include "core/data/dataset.h"
#include "core/data/generators_2d.h"
#include "core/linear/design_matrix.h"
#include "core/linear/least_squares_objective.h"
#include "core/net/network.h"
#include "core/optim/trainer.h"
#include "core/random.h"
#include "core/surfaces/surface.h"
#include "core/surfaces/surface_objective.h"
#include "fixture_numbers.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

using testing::NumberTable;

// Cost every 25 steps, then the final parameters.
std::vector<double> Record(Trainer* trainer, int steps) {
  std::vector<double> numbers;
  for (int done = 0; done < steps; done += 25) {
    trainer->Step(25);
    numbers.push_back(trainer->cost());
  }
  for (int i = 0; i < trainer->params().size(); ++i) numbers.push_back(trainer->params()(i));
  return numbers;
}

std::vector<double> NetworkOnSpiral() {
  GeneratorConfig data;
  data.name = "spiral";
  data.count = 200;
  data.noise = 0.1;
  data.seed = 11;
  const TrainTestSplit split = SplitTrainTest(GenerateDataset(data), 0.5, 11);
  NetworkConfig config;
  config.features = {Feature::kX1, Feature::kX2, Feature::kSinX1, Feature::kSinX2};
  config.hidden_sizes = {8, 6};
  config.hidden_activation = Activation::kTanh;
  config.regularization = Regularization::kL2;
  config.regularization_rate = 1e-3;
  Network network(config);
  EXPECT_EQ(network.SetData(split.train.inputs, split.train.targets), "");
  Random random(11);
  Eigen::VectorXd initial;
  network.Initialize(&initial, &random);
  TrainerConfig trainer_config;
  trainer_config.learning_rate = 0.01;
  trainer_config.optimizer.kind = OptimizerKind::kAdam;
  trainer_config.sampling = {SamplingKind::kWithoutReplacement, 10};
  trainer_config.seed = 11;
  Trainer trainer(&network, trainer_config, initial);
  return Record(&trainer, 300);
}

std::vector<double> CommuteRegression() {
  const Dataset data = CommuteTimeData();
  LeastSquaresObjective objective(WithBiasColumn(data.inputs), data.targets.col(0),
                                  LeastSquaresConfig());
  TrainerConfig config;
  config.learning_rate = 0.06;
  config.schedule.kind = ScheduleKind::kInverseSqrt;
  config.sampling = {SamplingKind::kWithReplacement, 2};
  config.seed = 4;
  Trainer trainer(&objective, config, Eigen::VectorXd::Zero(objective.ParameterCount()));
  return Record(&trainer, 200);
}

std::vector<double> RosenbrockRace(OptimizerKind kind) {
  SurfaceObjective objective(MakeSurface("rosenbrock", SurfaceParams()));
  TrainerConfig config;
  config.learning_rate = kind == OptimizerKind::kRprop ? 1e-3 : 1e-4;
  if (kind == OptimizerKind::kAdaGrad || kind == OptimizerKind::kRmsProp ||
      kind == OptimizerKind::kAdam) {
    config.learning_rate = 1e-2;
  }
  config.optimizer.kind = kind;
  Trainer trainer(&objective, config, objective.surface().StandardStart());
  return Record(&trainer, 500);
}

NumberTable ComputeAll() {
  NumberTable table;
  table["network-spiral-adam"] = NetworkOnSpiral();
  table["commute-sgd-inverse-sqrt"] = CommuteRegression();
  const std::vector<std::string>& names = OptimizerNames();
  for (size_t k = 0; k < names.size(); ++k) {
    table["rosenbrock-" + names[k]] = RosenbrockRace(static_cast<OptimizerKind>(k));
  }
  return table;
}

TEST(DeterminismTest, SameRunTwiceIsBitIdentical) {
  const NumberTable first = ComputeAll();
  const NumberTable second = ComputeAll();
  ASSERT_EQ(first.size(), second.size());
  for (const auto& [name, values] : first) {
    SCOPED_TRACE(name);
    const std::vector<double>& again = second.at(name);
    ASSERT_EQ(values.size(), again.size());
    for (size_t i = 0; i < values.size(); ++i) EXPECT_EQ(values[i], again[i]) << "entry " << i;
  }
}

TEST(DeterminismTest, NativeAndWasmAgreeWithTheFixture) {
  const NumberTable computed = ComputeAll();
  const std::string path = testing::FixturePath("determinism.json");
  if (std::getenv("DESCENT_WRITE_FIXTURE") != nullptr) {
    std::ofstream(path) << testing::FormatNumberTable(computed);
    GTEST_SKIP() << "wrote " << path;
  }
  NumberTable expected;
  std::string error;
  ASSERT_TRUE(testing::ReadNumberTable(path, &expected, &error)) << error;
  ASSERT_EQ(expected.size(), computed.size());
  for (const auto& [name, values] : expected) {
    SCOPED_TRACE(name);
    ASSERT_EQ(computed.count(name), 1u);
    const std::vector<double>& actual = computed.at(name);
    ASSERT_EQ(values.size(), actual.size());
    for (size_t i = 0; i < values.size(); ++i) {
      EXPECT_NEAR(actual[i], values[i], 1e-12 * std::max(1.0, std::abs(values[i])))
          << "entry " << i;
    }
  }
}

}  // namespace
}  // namespace descent
