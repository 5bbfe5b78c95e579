// Configuration checks, name tables, initialisation schemes and data loading of the network.
#include <cmath>
#include <string>

#include "core/net/network.h"
#include "core/net/network_config.h"
#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

TEST(NetworkConfigTest, ValidationNamesTheFieldAndValue) {
  EXPECT_EQ(ValidateNetwork(NetworkConfig()), "");
  auto message = [](void (*edit)(NetworkConfig*)) {
    NetworkConfig config;
    edit(&config);
    return ValidateNetwork(config);
  };
  std::string m = message([](NetworkConfig* c) { c->hidden_sizes = {4, 65}; });
  EXPECT_NE(m.find("hidden_sizes[1] is 65"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->hidden_sizes.assign(9, 2); });
  EXPECT_NE(m.find("hidden_sizes has 9"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->hidden_sizes = {0}; });
  EXPECT_NE(m.find("hidden_sizes[0] is 0"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->hidden_activation = Activation::kSoftmax; });
  EXPECT_NE(m.find("hidden_activation is softmax"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->output_activation = Activation::kRelu; });
  EXPECT_NE(m.find("output_activation is relu"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->output_activation = Activation::kSoftmax; });
  EXPECT_NE(m.find("softmax needs at least 2"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->cost = CostKind::kCategoricalCrossEntropy; });
  EXPECT_NE(m.find("categorical-cross-entropy"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->outputs = 0; });
  EXPECT_NE(m.find("outputs is 0"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->regularization_rate = -1; });
  EXPECT_NE(m.find("regularization_rate is -1"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->features = {Feature::kX1, Feature::kX1}; });
  EXPECT_NE(m.find("\"x1\" twice"), std::string::npos) << m;
  m = message([](NetworkConfig* c) { c->input_dim = 3; });
  EXPECT_NE(m.find("input_dim is 3"), std::string::npos) << m;
  m = message([](NetworkConfig* c) {
    c->init = InitKind::kNormal;
    c->init_scale = 0;
  });
  EXPECT_NE(m.find("init_scale is 0"), std::string::npos) << m;
  m = message([](NetworkConfig* c) {
    c->features.clear();
    c->input_dim = 5;
    c->hidden_sizes.clear();
  });
  EXPECT_EQ(m, "");  // raw inputs of any width, no hidden layer: logistic/linear regression
}

TEST(NetworkConfigTest, NameTablesRoundTrip) {
  for (const std::string& name : HiddenActivationNames()) {
    Activation activation;
    ASSERT_TRUE(ActivationFromName(name, &activation));
    EXPECT_TRUE(IsHiddenActivation(activation));
    EXPECT_EQ(ActivationName(activation), name);
  }
  for (const std::string& name : OutputActivationNames()) {
    Activation activation;
    ASSERT_TRUE(ActivationFromName(name, &activation));
    EXPECT_TRUE(IsOutputActivation(activation));
  }
  for (const std::string& name : CostNames()) {
    CostKind cost;
    ASSERT_TRUE(CostFromName(name, &cost));
    EXPECT_EQ(CostName(cost), name);
  }
  for (const std::string& name : FeatureNames()) {
    Feature feature;
    ASSERT_TRUE(FeatureFromName(name, &feature));
    EXPECT_EQ(FeatureName(feature), name);
  }
  for (const std::string& name : InitNames()) {
    InitKind init;
    ASSERT_TRUE(InitFromName(name, &init));
    EXPECT_EQ(InitName(init), name);
  }
  for (const std::string& name : RegularizationNames()) {
    Regularization regularization;
    ASSERT_TRUE(RegularizationFromName(name, &regularization));
    EXPECT_EQ(RegularizationName(regularization), name);
  }
  Activation unchanged = Activation::kTanh;
  EXPECT_FALSE(ActivationFromName("swish", &unchanged));
  EXPECT_EQ(unchanged, Activation::kTanh);
  EXPECT_DOUBLE_EQ(FeatureValue(Feature::kX1TimesX2, 3, -2), -6);
  EXPECT_DOUBLE_EQ(FeatureValue(Feature::kSinX2, 0, 1.5707963267948966), 1);
}

TEST(NetworkConfigTest, InitializationSchemes) {
  NetworkConfig config;
  config.hidden_sizes = {64, 64};
  config.init = InitKind::kNormal;
  config.init_scale = 0.01;  // seed 002
  config.init_bias = 0.25;
  Network network(config);
  Random random(5);
  Eigen::VectorXd params;
  network.Initialize(&params, &random);
  ASSERT_EQ(params.size(), network.ParameterCount());
  const auto weights = network.layout().Weights(params, 2);
  const double std_dev = std::sqrt(weights.squaredNorm() / weights.size());
  EXPECT_NEAR(std_dev, 0.01, 0.001);
  EXPECT_TRUE((network.layout().Biases(params, 2).array() == 0.25).all());

  config.init = InitKind::kXavier;
  Network xavier(config);
  xavier.Initialize(&params, &random);
  const double limit = std::sqrt(6.0 / (64 + 64));
  EXPECT_LE(xavier.layout().Weights(params, 2).cwiseAbs().maxCoeff(), limit);
  EXPECT_GT(xavier.layout().Weights(params, 2).cwiseAbs().maxCoeff(), 0.9 * limit);

  config.init = InitKind::kZeros;
  Network zeros(config);
  zeros.Initialize(&params, &random);
  EXPECT_EQ(zeros.layout().Weights(params, 1).norm(), 0.0);

  // The same seed gives the same network.
  Random first(9), second(9);
  Eigen::VectorXd a, b;
  network.Initialize(&a, &first);
  network.Initialize(&b, &second);
  EXPECT_EQ(a, b);
}

TEST(NetworkConfigTest, SetDataChecksShapesAndValues) {
  Network network{NetworkConfig()};
  RowMatrix inputs(3, 3), targets(3, 1);
  inputs.setZero();
  targets.setZero();
  EXPECT_NE(network.SetData(inputs, targets).find("expected n×2 and n×1"), std::string::npos);
  RowMatrix good(3, 2);
  good << 0, 1, 2, 3, 4, NAN;
  EXPECT_NE(network.SetData(good, targets).find("input 2"), std::string::npos);
  EXPECT_EQ(network.SampleCount(), 0);
  good(2, 1) = 5;
  EXPECT_EQ(network.SetData(good, targets), "");
  EXPECT_EQ(network.SampleCount(), 3);
  EXPECT_EQ(network.SetTestData(good.topRows(2), targets.topRows(2)), "");
  EXPECT_EQ(network.TestSampleCount(), 2);
}

}  // namespace
}  // namespace descent
