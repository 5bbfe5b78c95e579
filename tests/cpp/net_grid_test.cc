// Grid evaluation (heat map and neuron thumbnails, computed in float) against single double
// forward passes to display precision, and the accuracy / confusion counts.
#include <algorithm>
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

// Display precision: a thumbnail pixel has 8 bits, the readouts show 4 digits.
constexpr double kDisplayTolerance = 2e-5;

// Largest minus second largest of n values (n >= 2), or |value − threshold| for one output:
// how far a cell is from changing class.
double ClassMargin(const double* values, int n, double threshold) {
  if (n == 1) return std::abs(values[0] - threshold);
  std::vector<double> sorted(values, values + n);
  std::sort(sorted.rbegin(), sorted.rend());
  return sorted[0] - sorted[1];
}

// Every neuron, the output and the class of every cell against NetworkProbe's double pass.
void ExpectGridMatchesProbe(const Network& network, const Eigen::VectorXd& params,
                            const NetworkGrid& grid, double x_min, double x_max, double y_min,
                            double y_max) {
  NetworkProbe probe(&network);
  const int n = grid.resolution(), cells = n * n;
  const int neurons = network.layout().NeuronCount();
  const int outputs = network.config().outputs;
  const double threshold = DecisionThreshold(network);
  ASSERT_EQ(static_cast<int>(grid.neurons().size()), neurons * cells);
  const std::vector<double> target(outputs, 0.0);
  int close_calls = 0;
  for (int row = 0; row < n; ++row) {
    for (int col = 0; col < n; ++col) {
      const double point[2] = {x_min + (x_max - x_min) * col / (n - 1),
                               y_min + (y_max - y_min) * row / (n - 1)};
      probe.TraceInput(params, point, target.data());
      for (int neuron = 0; neuron < neurons; ++neuron) {
        const float value = grid.neurons()[(neuron * n + row) * n + col];
        ASSERT_NEAR(value, probe.a()[neuron], kDisplayTolerance * (1 + std::abs(probe.a()[neuron])))
            << "neuron " << neuron << " at row " << row << ", col " << col;
      }
      const int output = network.layout().NeuronOffset(network.LayerCount());
      EXPECT_NEAR(grid.output()[row * n + col], probe.a()[output], kDisplayTolerance);
      if (ClassMargin(&probe.a()[output], outputs, threshold) > 1e-4) {
        EXPECT_EQ(grid.classes()[row * n + col], ClassOf(&probe.a()[output], outputs, threshold));
      } else {
        ++close_calls;
      }
    }
  }
  // Near-ties (a ReLU network at its initial weights has many) are skipped; most cells count.
  EXPECT_LT(close_calls, cells / 4);
}

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
  ExpectGridMatchesProbe(network, params, grid, -6, 6, -5, 3);
  const int n = 23, cells = n * n;
  // Corners: row 0 at y_min, last column at x_max; layer 0 thumbnails are the features.
  EXPECT_FLOAT_EQ(grid.neurons()[0], -6.0f);                  // x1 at (row 0, col 0)
  EXPECT_FLOAT_EQ(grid.neurons()[cells + 0], -5.0f);          // x2 at (row 0, col 0)
  EXPECT_FLOAT_EQ(grid.neurons()[2 * cells + n - 1], 36.0f);  // x1² at (row 0, col N−1)
  EXPECT_FLOAT_EQ(grid.neurons()[3 * cells + cells - 1], std::sin(3.0f));  // sin(x2) at y_max
}

// The benchmark's network (six hidden layers of 8 tanh, tanh output) with weights large enough
// to saturate, and a sigmoid output: the float tanh and sigmoid against the double forms.
TEST(NetworkGridTest, FloatTanhAndSigmoidStayWithinDisplayPrecision) {
  for (Activation output : {Activation::kTanh, Activation::kSigmoid}) {
    NetworkConfig config;
    config.hidden_sizes = {8, 8, 8, 8, 8, 8};
    config.hidden_activation = Activation::kTanh;
    config.output_activation = output;
    Network network(config);
    Random random(11);
    Eigen::VectorXd params;
    network.Initialize(&params, &random);
    params *= 3.0;
    NetworkGrid grid(&network, 40);
    grid.Evaluate(params, -6, 6, -6, 6);
    ExpectGridMatchesProbe(network, params, grid, -6, 6, -6, 6);
  }
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
  network.SetWeight(&params, 1, 0, 0, 1.0);  // class 0 grows with x1
  network.SetWeight(&params, 1, 1, 1, 1.0);  // class 1 grows with x2
  network.SetBias(&params, 1, 2, 0.5);       // class 2 wins near the origin
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
