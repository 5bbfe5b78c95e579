// Grid evaluation (heat map and neuron thumbnails) against single forward passes, and the
// accuracy / confusion counts.
#include <cmath>
#include <vector>

#include "core/net/network.h"
#include "core/net/network_grid.h"
#include "core/net/network_metrics.h"
#include "core/net/network_probe.h"
#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

TEST(NetworkGridTest, EqualsSingleForwardPasses) {
  NetworkConfig config;
  config.features = {Feature::kX1, Feature::kX2, Feature::kX1Squared, Feature::kSinX2};
  config.hidden_sizes = {5, 3};
  config.hidden_activation = Activation::kRelu;
  config.output_activation = Activation::kSoftmax;
  config.outputs = 3;
  config.cost = CostKind::kCategoricalCrossEntropy;
  Network network(config);
  Random random(4);
  Eigen::VectorXd params;
  network.Initialize(&params, &random);
  ASSERT_EQ(NetworkGrid::Validate(network, 23), "");
  // 23² = 529 cells: more than two chunks of 256, so chunk boundaries are exercised.
  NetworkGrid grid(&network, 23);
  grid.Evaluate(params, -6, 6, -5, 3);
  NetworkProbe probe(&network);
  const int n = 23, cells = n * n;
  const int neurons = network.layout().NeuronCount();
  ASSERT_EQ(static_cast<int>(grid.neurons().size()), neurons * cells);
  const double target[3] = {1, 0, 0};
  for (int row = 0; row < n; ++row) {
    for (int col = 0; col < n; ++col) {
      const double point[2] = {-6 + 12.0 * col / (n - 1), -5 + 8.0 * row / (n - 1)};
      probe.TraceInput(params, point, target);
      for (int neuron = 0; neuron < neurons; ++neuron) {
        const float value = grid.neurons()[(neuron * n + row) * n + col];
        ASSERT_NEAR(value, probe.a()[neuron], 1e-6 * (1 + std::abs(probe.a()[neuron])));
      }
      const int output = network.layout().NeuronOffset(network.LayerCount());
      EXPECT_FLOAT_EQ(grid.output()[row * n + col], static_cast<float>(probe.a()[output]));
      EXPECT_EQ(grid.classes()[row * n + col], ClassOf(&probe.a()[output], 3, 0.5));
    }
  }
  // Corners: row 0 at y_min, last column at x_max; layer 0 thumbnails are the features.
  EXPECT_FLOAT_EQ(grid.neurons()[0], -6.0f);                         // x1 at (row 0, col 0)
  EXPECT_FLOAT_EQ(grid.neurons()[cells + 0], -5.0f);                 // x2 at (row 0, col 0)
  EXPECT_FLOAT_EQ(grid.neurons()[2 * cells + n - 1], 36.0f);          // x1² at (row 0, col N−1)
  EXPECT_FLOAT_EQ(grid.neurons()[3 * cells + cells - 1], std::sin(3.0f));  // sin(x2) at y_max
}

TEST(NetworkGridTest, ValidationNeedsTwoDimensionalInputs) {
  NetworkConfig config;
  config.features.clear();
  config.input_dim = 3;
  Network network(config);
  EXPECT_NE(NetworkGrid::Validate(network, 10).find("3 raw inputs"), std::string::npos);
  Network planar{NetworkConfig()};
  EXPECT_NE(NetworkGrid::Validate(planar, 1).find("resolution is 1"), std::string::npos);
  EXPECT_EQ(NetworkGrid::Validate(planar, 64), "");
}

TEST(NetworkMetricsTest, BinaryThresholdsAndConfusionCounts) {
  // One linear output with weight 1 on x1 and no hidden layer: the output is x1 itself.
  NetworkConfig config;
  config.hidden_sizes.clear();
  config.output_activation = Activation::kLinear;
  Network network(config);
  Eigen::VectorXd params = Eigen::VectorXd::Zero(network.ParameterCount());
  network.SetWeight(&params, 1, 0, 0, 1.0);
  RowMatrix inputs(5, 2), targets(5, 1);
  inputs << -0.5, 0, 0.2, 0, 0.7, 0, -0.1, 0, 0.3, 0;
  targets << -1, -1, 1, 1, -1;  // ±1 labels: threshold 0
  ASSERT_EQ(network.SetData(inputs, targets), "");
  EXPECT_EQ(DecisionThreshold(network), 0.0);
  NetworkMetrics metrics(&network);
  // Predicted: 0, 1, 1, 0, 1; actual: 0, 0, 1, 1, 0.
  EXPECT_DOUBLE_EQ(metrics.Compute(params, DataSplit::kTrain), 0.4);
  EXPECT_EQ(metrics.confusion(), (std::vector<int>{1, 2, 1, 1}));

  targets << 0, 0, 1, 1, 0;  // 0/1 labels: threshold 0.5
  ASSERT_EQ(network.SetData(inputs, targets), "");
  EXPECT_EQ(DecisionThreshold(network), 0.5);
  // Predicted: 0, 0, 1, 0, 0.
  EXPECT_DOUBLE_EQ(metrics.Compute(params, DataSplit::kTrain), 0.8);
  EXPECT_EQ(metrics.confusion(), (std::vector<int>{3, 0, 1, 1}));
  EXPECT_EQ(metrics.Compute(params, DataSplit::kTest), 0.0);  // no test data
}

TEST(NetworkMetricsTest, MultiClassUsesArgmax) {
  NetworkConfig config;
  config.hidden_sizes.clear();
  config.output_activation = Activation::kSoftmax;
  config.outputs = 3;
  config.cost = CostKind::kCategoricalCrossEntropy;
  Network network(config);
  Eigen::VectorXd params = Eigen::VectorXd::Zero(network.ParameterCount());
  network.SetWeight(&params, 1, 0, 0, 1.0);   // class 0 grows with x1
  network.SetWeight(&params, 1, 1, 1, 1.0);   // class 1 grows with x2
  network.SetBias(&params, 1, 2, 0.5);        // class 2 wins near the origin
  RowMatrix inputs(3, 2), targets = RowMatrix::Zero(3, 3);
  inputs << 2, 0, 0, 2, 0, 0;
  targets(0, 0) = targets(1, 1) = targets(2, 0) = 1;
  ASSERT_EQ(network.SetData(inputs, targets), "");
  NetworkMetrics metrics(&network);
  EXPECT_NEAR(metrics.Compute(params, DataSplit::kTrain), 2.0 / 3, 1e-15);
  EXPECT_EQ(metrics.confusion()[0 * 3 + 2], 1);  // true 0 predicted 2
}

}  // namespace
}  // namespace descent
