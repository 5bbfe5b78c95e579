// Every valid hidden activation × output activation × cost × regularisation pairing of the
// network is checked against central finite differences (docs/architecture.md, habit 6).
#include <cmath>
#include <string>
#include <vector>

#include "core/diagnostics/gradient_check.h"
#include "core/net/network.h"
#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

constexpr double kTolerance = 1e-7;

// Fourth-order differences hold components down to ~1e-4 to 1e-7 relative accuracy. Below that
// the rounding of the cost itself (~1e-16 · |C| / h ≈ 1e-12 absolute) dominates, and how it
// falls differs between glibc and musl exp; the floor turns the check of such tiny components
// into an absolute one (error < 1e-11).
GradientCheckOptions PreciseCheck() {
  GradientCheckOptions options;
  options.five_point = true;
  options.step = 1e-4;
  options.floor = 1e-4;
  return options;
}

struct Case {
  Activation hidden;
  Activation output;
  CostKind cost;
  Regularization regularization;
};

std::vector<Case> AllValidCases() {
  const Activation hidden[] = {Activation::kSigmoid,   Activation::kTanh,   Activation::kRelu,
                               Activation::kLeakyRelu, Activation::kLinear, Activation::kSoftplus};
  const Activation output[] = {Activation::kLinear, Activation::kSigmoid, Activation::kTanh,
                               Activation::kSoftmax};
  const CostKind costs[] = {CostKind::kHalfSquared, CostKind::kBinaryCrossEntropy,
                            CostKind::kCategoricalCrossEntropy};
  const Regularization penalties[] = {Regularization::kNone, Regularization::kL1,
                                      Regularization::kL2};
  std::vector<Case> cases;
  for (Activation h : hidden) {
    for (Activation o : output) {
      for (CostKind c : costs) {
        for (Regularization r : penalties) cases.push_back({h, o, c, r});
      }
    }
  }
  return cases;
}

NetworkConfig ConfigFor(const Case& test_case) {
  NetworkConfig config;
  config.features = {Feature::kX1, Feature::kX2, Feature::kX1TimesX2};
  config.hidden_sizes = {3, 2};
  config.hidden_activation = test_case.hidden;
  config.output_activation = test_case.output;
  config.outputs = test_case.output == Activation::kSoftmax ? 3 : 2;
  config.cost = test_case.cost;
  config.regularization = test_case.regularization;
  config.regularization_rate = test_case.regularization == Regularization::kNone ? 0 : 0.05;
  config.init = InitKind::kUniform;
  config.init_scale = 1.0;
  config.init_bias = 0.1;
  return config;
}

// Random data suited to the cost: one-hot classes for categorical cross-entropy, values in
// [0, 1] for binary cross-entropy, anything for half-squared.
void MakeData(const NetworkConfig& config, Random* random, RowMatrix* inputs, RowMatrix* targets) {
  const int count = 8;
  inputs->resize(count, 2);
  targets->resize(count, config.outputs);
  for (int i = 0; i < count; ++i) {
    (*inputs)(i, 0) = random->Uniform(-1, 1);
    (*inputs)(i, 1) = random->Uniform(-1, 1);
    for (int k = 0; k < config.outputs; ++k) {
      (*targets)(i, k) =
          config.cost == CostKind::kHalfSquared ? random->Uniform(-1, 1) : random->Uniform();
    }
    if (config.cost == CostKind::kCategoricalCrossEntropy) {
      targets->row(i).setZero();
      (*targets)(i, random->UniformInt(config.outputs)) = 1.0;
    }
  }
}

// Finite differences are wrong across a kink (|w| of L1 at w = 0, ReLU at z = 0), so the
// checks stay away from them: weights are pushed to |w| >= 0.05, and data are redrawn until no
// hidden weighted input lies within 0.01 of 0 (a step of 2e-4 moves z by far less).
void MoveWeightsAwayFromZero(const Network& network, Eigen::VectorXd* params) {
  for (int l = 1; l <= network.LayerCount(); ++l) {
    auto weights = network.layout().Weights(params, l);
    for (int i = 0; i < weights.size(); ++i) {
      double& w = weights.data()[i];
      if (std::abs(w) < 0.05) w = w < 0 ? -0.05 : 0.05;
    }
  }
}

bool HiddenInputsNearZero(const Network& network, const Eigen::VectorXd& params) {
  BatchWorkspace workspace;
  const int count = network.SampleCount();
  workspace.Allocate(network.layout(), count);
  network.LoadSamples(DataSplit::kTrain, {}, 0, count, &workspace);
  network.Forward(params, count, &workspace);
  for (int l = 1; l < network.LayerCount(); ++l) {
    if (workspace.z[l].cwiseAbs().minCoeff() < 0.01) return true;
  }
  return false;
}

TEST(NetworkGradientTest, EveryValidCombinationMatchesFiniteDifferences) {
  int checked = 0;
  Random random(20240601);
  for (const Case& test_case : AllValidCases()) {
    const NetworkConfig config = ConfigFor(test_case);
    if (!ValidateNetwork(config).empty()) continue;
    SCOPED_TRACE(std::string(ActivationName(test_case.hidden)) + " / " +
                 ActivationName(test_case.output) + " / " + CostName(test_case.cost) + " / " +
                 RegularizationName(test_case.regularization));
    Network network(config);
    Eigen::VectorXd params;
    do {
      RowMatrix inputs, targets;
      MakeData(config, &random, &inputs, &targets);
      ASSERT_EQ(network.SetData(inputs, targets), "");
      network.Initialize(&params, &random);
      MoveWeightsAwayFromZero(network, &params);
    } while (HiddenInputsNearZero(network, params));
    const bool needs_unit_interval =
        test_case.cost == CostKind::kBinaryCrossEntropy &&
        (test_case.output == Activation::kLinear || test_case.output == Activation::kTanh);
    if (needs_unit_interval) {
      // Keep a inside (0, 1) so that the clamp of binary cross-entropy never acts: the check
      // is then of the smooth cost, not of a flat clamped region.
      const int last = network.LayerCount();
      network.layout().Weights(&params, last) *= 0.1;
      network.layout().Biases(&params, last).setConstant(0.5);
      MoveWeightsAwayFromZero(network, &params);
    }
    const GradientCheckResult result = CheckGradient(&network, params, PreciseCheck());
    EXPECT_LT(result.max_relative_error, kTolerance)
        << "worst parameter " << result.worst_index << ": analytic "
        << result.entries[result.worst_index].analytic << ", numeric "
        << result.entries[result.worst_index].numeric;
    ++checked;
  }
  // 6 hidden × (3 element-wise outputs × 2 costs + softmax × 3 costs) × 3 penalties.
  EXPECT_EQ(checked, 6 * 9 * 3);
}

TEST(NetworkGradientTest, RawInputsDeepNetworkAndBatchSubset) {
  NetworkConfig config;
  config.features.clear();
  config.input_dim = 4;
  config.hidden_sizes = {5, 4, 3};
  config.hidden_activation = Activation::kTanh;
  config.output_activation = Activation::kSigmoid;
  config.outputs = 1;
  config.cost = CostKind::kBinaryCrossEntropy;
  config.regularization = Regularization::kL2;
  config.regularization_rate = 0.01;
  Network network(config);
  Random random(7);
  RowMatrix inputs(300, 4), targets(300, 1);  // more than one 256-column chunk
  for (int i = 0; i < 300; ++i) {
    for (int d = 0; d < 4; ++d) inputs(i, d) = random.Normal();
    targets(i, 0) = inputs(i, 0) * inputs(i, 1) > 0 ? 1.0 : 0.0;
  }
  ASSERT_EQ(network.SetData(inputs, targets), "");
  Eigen::VectorXd params;
  network.Initialize(&params, &random);
  EXPECT_LT(CheckGradient(&network, params, PreciseCheck()).max_relative_error, kTolerance);

  GradientCheckOptions options = PreciseCheck();
  options.batch = {3, 17, 17, 250, 299};  // repeats count twice, as a sampler may draw them
  EXPECT_LT(CheckGradient(&network, params, options).max_relative_error, kTolerance);
}

TEST(NetworkGradientTest, NoDataLeavesThePenaltyAlone) {
  NetworkConfig config;
  config.regularization = Regularization::kL2;
  config.regularization_rate = 0.3;
  Network network(config);
  Random random(3);
  Eigen::VectorXd params;
  network.Initialize(&params, &random);
  Eigen::VectorXd gradient(network.ParameterCount());
  const double cost = network.Evaluate(params, {}, &gradient);
  EXPECT_NEAR(cost, network.Penalty(params), 1e-15);
  EXPECT_LT(CheckGradient(&network, params, PreciseCheck()).max_relative_error, kTolerance);
  // Biases are not penalised.
  EXPECT_EQ(gradient[network.layout().BiasIndex(1, 0)], 0.0);
}

}  // namespace
}  // namespace descent
