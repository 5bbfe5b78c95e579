// The option structs the bindings fill from JS objects: defaults, names, and refusals by name.
#include <string>

#include "core/data/generator_options.h"
#include "core/message.h"
#include "core/net/network_options.h"
#include "core/optim/trainer_options.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

class TwoParameters : public Objective {
 public:
  int ParameterCount() const override { return 2; }
  int SampleCount() const override { return 10; }
  double Evaluate(const Eigen::VectorXd&, const std::vector<int>&, Eigen::VectorXd*) override {
    return 0;
  }
};

TEST(TrainerOptionsTest, DefaultsMatchTheTrainerAndNamesAreChecked) {
  TwoParameters objective;
  TrainerConfig config;
  ASSERT_EQ(MakeTrainerConfig(TrainerOptions(), objective, 77, &config), "");
  EXPECT_EQ(config.learning_rate, TrainerConfig().learning_rate);
  EXPECT_EQ(config.optimizer.momentum, OptimizerConfig().momentum);
  EXPECT_EQ(config.path_capacity, 77);  // absent: the owner's default
  TrainerOptions options;
  options.path_capacity = 12;
  options.optimizer = "adam";
  options.seed = 42;
  ASSERT_EQ(MakeTrainerConfig(options, objective, 77, &config), "");
  EXPECT_EQ(config.path_capacity, 12);
  EXPECT_EQ(config.optimizer.kind, OptimizerKind::kAdam);
  EXPECT_EQ(config.seed, 42u);
  options.schedule = "sometimes";
  EXPECT_EQ(MakeTrainerConfig(options, objective, 77, &config).rfind("Unknown schedule", 0), 0u);
  options = TrainerOptions();
  options.learning_rate = -1;
  EXPECT_EQ(MakeTrainerConfig(options, objective, 77, &config),
            "learning rate must be a finite number > 0, got -1");
  options = TrainerOptions();
  options.seed = 1e300;
  EXPECT_EQ(MakeTrainerConfig(options, objective, 77, &config),
            "seed must be between 0 and 9.0072e+15, got 1e+300");
}

TEST(GeneratorOptionsTest, EncodingFollowsTheCallerUnlessNamed) {
  GeneratorConfig config;
  GeneratorOptions options;
  ASSERT_EQ(MakeGeneratorConfig(options, LabelEncoding::kZeroOne, &config), "");
  EXPECT_EQ(config.encoding, LabelEncoding::kZeroOne);
  options.encoding = "plus-minus-one";
  ASSERT_EQ(MakeGeneratorConfig(options, LabelEncoding::kZeroOne, &config), "");
  EXPECT_EQ(config.encoding, LabelEncoding::kPlusMinusOne);
  options.noise = 0.7;
  EXPECT_NE(MakeGeneratorConfig(options, LabelEncoding::kZeroOne, &config).find("noise"),
            std::string::npos);
}

TEST(NetworkOptionsTest, NamesBecomeTheConfig) {
  NetworkOptions options;
  options.features = {"x1", "sin(x2)", "x1*x2"};
  options.hidden_sizes = {3};
  options.hidden_activation = "relu";
  options.cost = "binary-cross-entropy";
  options.regularization = "l2";
  options.regularization_rate = 0.01;
  options.init = "he";
  options.seed = 11;
  NetworkConfig config;
  uint64_t seed = 0;
  ASSERT_EQ(MakeNetworkConfig(options, &config, &seed), "");
  EXPECT_EQ(config.features.size(), 3u);
  EXPECT_EQ(config.features[1], Feature::kSinX2);
  EXPECT_EQ(config.hidden_sizes, std::vector<int>{3});
  EXPECT_EQ(config.hidden_activation, Activation::kRelu);
  EXPECT_EQ(config.cost, CostKind::kBinaryCrossEntropy);
  EXPECT_EQ(config.regularization, Regularization::kL2);
  EXPECT_EQ(config.init, InitKind::kHe);
  EXPECT_EQ(seed, 11u);
  options.features.clear();
  EXPECT_EQ(MakeNetworkConfig(options, &config, &seed),
            "features: choose between 1 and 7 input features");
  options = NetworkOptions();
  options.regularization = "l3";
  EXPECT_EQ(MakeNetworkConfig(options, &config, &seed),
            "Unknown regularization 'l3'. Choose one of: none, l1, l2.");
}

TEST(MessageTest, SharedRefusals) {
  EXPECT_EQ(CheckFinite(1, "x"), "");
  EXPECT_EQ(CheckFinite(NAN, "x"), "x must be a finite number, got nan");
  EXPECT_EQ(CheckRange(5, 0, 4, "n"), "n must be between 0 and 4, got 5");
  EXPECT_EQ(CheckRange(INFINITY, 0, 4, "n"), "n must be a finite number, got inf");
  EXPECT_EQ(UnknownName("cost", "l9", {"a", "b"}), "Unknown cost 'l9'. Choose one of: a, b.");
}

}  // namespace
}  // namespace descent
