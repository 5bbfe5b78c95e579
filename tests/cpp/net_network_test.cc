// Forward and backward pass on numbers worked by hand, the θ layout, layer statistics and a
// small training run.
#include <cmath>
#include <set>
#include <vector>

#include "core/net/layer_stats.h"
#include "core/net/network.h"
#include "core/net/network_metrics.h"
#include "core/net/network_probe.h"
#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

// Seed 001's three-layer example: 2 raw inputs -> 2 sigmoid -> 1 linear, half-squared cost.
NetworkConfig SeedExampleConfig() {
  NetworkConfig config;
  config.features.clear();
  config.input_dim = 2;
  config.hidden_sizes = {2};
  config.hidden_activation = Activation::kSigmoid;
  config.output_activation = Activation::kLinear;
  config.outputs = 1;
  config.cost = CostKind::kHalfSquared;
  return config;
}

// W^1 = [[0.1, 0.2], [0.3, −0.4]], b^1 = [0.5, −0.1], W^2 = [[0.7, −0.2]], b^2 = [0.05].
Eigen::VectorXd SeedExampleParams(const Network& network) {
  Eigen::VectorXd params(network.ParameterCount());
  params << 0.1, 0.2, 0.3, -0.4, 0.5, -0.1, 0.7, -0.2, 0.05;
  return params;
}

TEST(NetworkTest, ForwardAndBackwardMatchHandComputation) {
  Network network(SeedExampleConfig());
  ASSERT_EQ(network.ParameterCount(), 9);
  const Eigen::VectorXd params = SeedExampleParams(network);
  const double input[2] = {1, 2};
  const double target[1] = {1};
  // z^1 = W^1 x + b^1 = [0.1 + 0.4 + 0.5, 0.3 − 0.8 − 0.1] = [1, −0.6]
  // a^1 = σ(z^1) = [1/(1 + e^−1), 1/(1 + e^0.6)] = [0.7310585786300049, 0.35434369377420455]
  // z^2 = 0.7 · 0.73105857863 − 0.2 · 0.35434369377 + 0.05 = 0.4908722662861625 = a^2
  // C = ½(1 − 0.49087226629)² = 0.12960552461829414
  // δ^2 = a^2 − y = −0.5091277337138376                       (BP1, linear output)
  // δ^1 = (W^2)ᵀ δ^2 ⊙ a^1(1 − a^1)                            (BP2, seed 003's σ' = a(1 − a))
  //     = [0.7 · −0.50912773 · 0.19661193, −0.2 · −0.50912773 · 0.22878424]
  //     = [−0.07007041159463238, 0.023296080370627918]
  // ∂C/∂W^1 = δ^1 xᵀ, ∂C/∂W^2 = δ^2 (a^1)ᵀ = [−0.37220219734995375, −0.18040620176705083]
  NetworkProbe probe(&network);
  probe.TraceInput(params, input, target);
  const NetworkLayout& layout = network.layout();
  const int h = layout.NeuronOffset(1), o = layout.NeuronOffset(2);
  EXPECT_EQ(h, 2);
  EXPECT_EQ(o, 4);
  EXPECT_DOUBLE_EQ(probe.a()[0], 1.0);
  EXPECT_DOUBLE_EQ(probe.a()[1], 2.0);
  EXPECT_NEAR(probe.z()[h], 1.0, 1e-15);
  EXPECT_NEAR(probe.z()[h + 1], -0.6, 1e-15);
  EXPECT_NEAR(probe.a()[h], 0.7310585786300049, 1e-15);
  EXPECT_NEAR(probe.a()[h + 1], 0.35434369377420455, 1e-15);
  EXPECT_NEAR(probe.a()[o], 0.4908722662861625, 1e-15);
  EXPECT_NEAR(probe.cost(), 0.12960552461829414, 1e-15);
  EXPECT_NEAR(probe.delta()[o], -0.5091277337138376, 1e-15);
  EXPECT_NEAR(probe.delta()[h], -0.07007041159463238, 1e-15);
  EXPECT_NEAR(probe.delta()[h + 1], 0.023296080370627918, 1e-15);
  // δ^0 = (W^1)ᵀ δ^1.
  EXPECT_NEAR(probe.delta()[0], 0.1 * -0.07007041159463238 + 0.3 * 0.023296080370627918, 1e-15);
  const Eigen::VectorXd& g = probe.gradient();
  EXPECT_NEAR(g[layout.WeightIndex(1, 0, 1)], -0.14014082318926477, 1e-15);
  EXPECT_NEAR(g[layout.WeightIndex(1, 1, 0)], 0.023296080370627918, 1e-15);
  EXPECT_NEAR(g[layout.BiasIndex(1, 0)], -0.07007041159463238, 1e-15);
  EXPECT_NEAR(g[layout.WeightIndex(2, 0, 0)], -0.37220219734995375, 1e-15);
  EXPECT_NEAR(g[layout.WeightIndex(2, 0, 1)], -0.18040620176705083, 1e-15);
  EXPECT_NEAR(g[layout.BiasIndex(2, 0)], -0.5091277337138376, 1e-15);

  // The same sample as a data set of one: Evaluate agrees, and with it duplicated the mean is
  // unchanged.
  RowMatrix inputs(2, 2), targets(2, 1);
  inputs << 1, 2, 1, 2;
  targets << 1, 1;
  ASSERT_EQ(network.SetData(inputs, targets), "");
  Eigen::VectorXd gradient(9);
  EXPECT_NEAR(network.Evaluate(params, {}, &gradient), 0.12960552461829414, 1e-15);
  EXPECT_LT((gradient - g).norm(), 1e-15);
}

Network RandomNetwork(Regularization regularization, Random* random, Eigen::VectorXd* params) {
  NetworkConfig config;
  config.features = {Feature::kX1, Feature::kX2, Feature::kSinX1};
  config.hidden_sizes = {4, 3};
  config.hidden_activation = Activation::kTanh;
  config.output_activation = Activation::kSoftmax;
  config.outputs = 3;
  config.cost = CostKind::kCategoricalCrossEntropy;
  config.regularization = regularization;
  config.regularization_rate = 0.1;
  Network network(config);
  RowMatrix inputs(20, 2), targets = RowMatrix::Zero(20, 3);
  for (int i = 0; i < 20; ++i) {
    inputs(i, 0) = random->Uniform(-2, 2);
    inputs(i, 1) = random->Uniform(-2, 2);
    targets(i, random->UniformInt(3)) = 1;
  }
  network.SetData(inputs, targets);
  network.Initialize(params, random);
  return network;
}

TEST(NetworkTest, ProbeOfOneSampleEqualsBatchOfOne) {
  Random random(11);
  Eigen::VectorXd params;
  Network network = RandomNetwork(Regularization::kNone, &random, &params);
  NetworkProbe probe(&network);
  Eigen::VectorXd gradient(network.ParameterCount());
  for (int i : {0, 7, 19}) {
    const double cost = network.Evaluate(params, {i}, &gradient);
    ASSERT_TRUE(probe.TraceSample(params, DataSplit::kTrain, i));
    EXPECT_NEAR(cost, probe.cost(), 1e-14);
    EXPECT_LT((gradient - probe.gradient()).norm(), 1e-14);
    // delta_norms of a batch of one is ‖δ^l‖₂ of that sample.
    const NetworkLayout& layout = network.layout();
    for (int l = 1; l <= network.LayerCount(); ++l) {
      double squares = 0;
      for (int j = 0; j < layout.LayerSize(l); ++j) {
        squares += std::pow(probe.delta()[layout.NeuronOffset(l) + j], 2);
      }
      EXPECT_NEAR(network.delta_norms()[l - 1], std::sqrt(squares), 1e-14);
      EXPECT_NEAR(network.weight_gradient_norms()[l - 1], layout.Weights(gradient, l).norm(),
                  1e-14);
    }
  }
  EXPECT_FALSE(probe.TraceSample(params, DataSplit::kTrain, 20));
  EXPECT_FALSE(probe.TraceSample(params, DataSplit::kTest, 0));
}

TEST(NetworkTest, BatchGradientIsTheMeanOfSampleGradients) {
  Random random(12);
  Eigen::VectorXd params;
  Network network = RandomNetwork(Regularization::kL2, &random, &params);
  NetworkProbe probe(&network);
  Eigen::VectorXd mean = Eigen::VectorXd::Zero(network.ParameterCount());
  double mean_delta_norm = 0;
  for (int i = 0; i < 20; ++i) {
    probe.TraceSample(params, DataSplit::kTrain, i);
    mean += probe.gradient() / 20;
    const NetworkLayout& layout = network.layout();
    mean_delta_norm += Eigen::Map<const Eigen::VectorXd>(
                           probe.delta().data() + layout.NeuronOffset(1), layout.LayerSize(1))
                           .norm() /
                       20;
  }
  network.AddPenaltyGradient(params, &mean);
  Eigen::VectorXd gradient(network.ParameterCount());
  network.Evaluate(params, {}, &gradient);
  EXPECT_LT((gradient - mean).norm(), 1e-14);
  EXPECT_NEAR(network.delta_norms()[0], mean_delta_norm, 1e-14);
}

TEST(NetworkTest, LayoutAndSingleWeightRoundTrip) {
  NetworkConfig config;
  config.hidden_sizes = {3, 5};
  config.outputs = 2;
  Network network(config);
  const NetworkLayout& layout = network.layout();
  EXPECT_EQ(layout.LayerCount(), 3);
  EXPECT_EQ(network.ParameterCount(), 3 * 2 + 3 + 5 * 3 + 5 + 2 * 5 + 2);
  EXPECT_EQ(layout.NeuronCount(), 2 + 3 + 5 + 2);
  EXPECT_EQ(layout.WeightOffset(1), 0);
  EXPECT_EQ(layout.BiasOffset(1), 6);
  EXPECT_EQ(layout.WeightOffset(2), 9);
  Eigen::VectorXd params = Eigen::VectorXd::Zero(network.ParameterCount());
  std::set<int> indices;
  double value = 1;
  for (int l = 1; l <= 3; ++l) {
    for (int j = 0; j < layout.WeightRows(l); ++j) {
      for (int k = 0; k < layout.WeightCols(l); ++k) {
        network.SetWeight(&params, l, j, k, value);
        indices.insert(layout.WeightIndex(l, j, k));
        EXPECT_EQ(network.GetWeight(params, l, j, k), value);
        EXPECT_EQ(layout.Weights(params, l)(j, k), value);  // row-major W^l, shape (n_l, n_{l−1})
        value += 1;
      }
      network.SetBias(&params, l, j, -value);
      indices.insert(layout.BiasIndex(l, j));
      EXPECT_EQ(layout.Biases(params, l)[j], -value);
      EXPECT_EQ(network.GetBias(params, l, j), -value);
    }
  }
  // Every index used exactly once: the layout tiles θ.
  EXPECT_EQ(static_cast<int>(indices.size()), network.ParameterCount());
  EXPECT_EQ(*indices.rbegin(), network.ParameterCount() - 1);
}

TEST(NetworkTest, LayerUpdateRatios) {
  NetworkConfig config;
  config.hidden_sizes = {2};
  Network network(config);
  Eigen::VectorXd params = Eigen::VectorXd::Zero(network.ParameterCount());
  Eigen::VectorXd update = Eigen::VectorXd::Zero(network.ParameterCount());
  network.layout().Weights(&params, 1).setConstant(2.0);   // ‖W^1‖ = 4
  network.layout().Weights(&update, 1).setConstant(0.01);  // ‖ΔW^1‖ = 0.02
  network.layout().Biases(&update, 2).setConstant(5.0);    // biases do not count
  double ratios[2], norms[2];
  LayerUpdateRatios(network.layout(), params, update, ratios);
  LayerWeightNorms(network.layout(), params, norms);
  EXPECT_NEAR(ratios[0], 0.005, 1e-15);
  EXPECT_EQ(ratios[1], 0.0);
  EXPECT_NEAR(norms[0], 4.0, 1e-15);
}

// Turning the layer statistics off changes nothing else: two identical networks, one recording
// only every fourth step, follow bit-identical costs, gradients and θ, and on the recorded steps
// the statistics equal the always-computed ones exactly; while off they keep their last values.
TEST(NetworkTest, LayerNormsSwitchLeavesResultsBitIdentical) {
  Random random1(5), random2(5);
  Eigen::VectorXd params, params2;
  Network always = RandomNetwork(Regularization::kL2, &random1, &params);
  Network sometimes = RandomNetwork(Regularization::kL2, &random2, &params2);
  ASSERT_TRUE(params == params2);
  EXPECT_TRUE(sometimes.record_layer_norms());
  Eigen::VectorXd p1 = params, p2 = params;
  Eigen::VectorXd g1(params.size()), g2(params.size());
  const std::vector<int> batch = {3, 1, 4, 15, 9, 2, 6};
  std::vector<double> frozen;
  for (int step = 0; step < 12; ++step) {
    const bool record = step % 4 == 3;
    sometimes.set_record_layer_norms(record);
    const double c1 = always.Evaluate(p1, step % 2 ? batch : std::vector<int>{}, &g1);
    const double c2 = sometimes.Evaluate(p2, step % 2 ? batch : std::vector<int>{}, &g2);
    ASSERT_EQ(c1, c2);
    ASSERT_TRUE(g1 == g2);
    if (record) {
      EXPECT_EQ(sometimes.delta_norms(), always.delta_norms());
      EXPECT_EQ(sometimes.weight_gradient_norms(), always.weight_gradient_norms());
      EXPECT_EQ(sometimes.bias_gradient_norms(), always.bias_gradient_norms());
      EXPECT_GT(sometimes.delta_norms()[0], 0.0);
      frozen = sometimes.delta_norms();
    } else if (!frozen.empty()) {
      EXPECT_EQ(sometimes.delta_norms(), frozen);
    }
    p1 -= 0.3 * g1;
    p2 -= 0.3 * g2;
  }
  EXPECT_TRUE(p1 == p2);
}

// Plain gradient descent written out here (not the shared optimizers) on XOR-like data.
TEST(NetworkTest, GradientDescentLearnsXor) {
  NetworkConfig config;
  config.hidden_sizes = {4};
  config.hidden_activation = Activation::kTanh;
  config.output_activation = Activation::kTanh;
  Network network(config);
  Random random(2024);
  RowMatrix inputs(40, 2), targets(40, 1);
  for (int i = 0; i < 40; ++i) {
    const double x1 = (i % 2 ? 1 : -1) * random.Uniform(0.3, 1.0);
    const double x2 = (i / 2 % 2 ? 1 : -1) * random.Uniform(0.3, 1.0);
    inputs.row(i) << x1, x2;
    targets(i, 0) = x1 * x2 > 0 ? 1 : -1;
  }
  ASSERT_EQ(network.SetData(inputs, targets), "");
  Eigen::VectorXd params, gradient(network.ParameterCount());
  network.Initialize(&params, &random);
  const double initial = network.Evaluate(params, {}, nullptr);
  for (int step = 0; step < 2000; ++step) {
    network.Evaluate(params, {}, &gradient);
    params -= 0.1 * gradient;
  }
  const double final_cost = network.Evaluate(params, {}, nullptr);
  EXPECT_LT(final_cost, 0.05 * initial) << initial << " -> " << final_cost;
  NetworkMetrics metrics(&network);
  EXPECT_EQ(metrics.Compute(params, DataSplit::kTrain), 1.0);
  EXPECT_EQ(metrics.class_count(), 2);
  EXPECT_EQ(metrics.confusion()[0] + metrics.confusion()[3], 40);
}

}  // namespace
}  // namespace descent
