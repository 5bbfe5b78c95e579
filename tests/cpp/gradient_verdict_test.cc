// The gradient check's judgement (issue 16.4): an absolute floor from what finite differences
// can resolve, kinks named instead of called wrong, and no correct network ever reported wrong,
// across every allowed activation × output × cost × regularisation, at the start and after
// training, with the page's two stencils.
#include <cmath>
#include <string>
#include <vector>

#include "core/diagnostics/gradient_check.h"
#include "core/net/network.h"
#include "core/objective.h"
#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

// C(θ) = big + 1e-9 θ_0 + |θ_1| + 0.5 θ_2²: a tiny gradient under a large cost (round-off
// dominates its finite difference), a kink at θ_1 = 0 and a smooth component.
class KinkObjective : public Objective {
 public:
  int ParameterCount() const override { return 3; }
  int SampleCount() const override { return 0; }
  double Evaluate(const Eigen::VectorXd& p, const std::vector<int>&,
                  Eigen::VectorXd* gradient) override {
    if (gradient != nullptr) {
      gradient->resize(3);
      (*gradient)[0] = 1e-9;
      (*gradient)[1] = p[1] > 0 ? 1.0 : (p[1] < 0 ? -1.0 : kink_slope);
      (*gradient)[2] = p[2];
    }
    return big + 1e-9 * p[0] + std::abs(p[1]) + 0.5 * p[2] * p[2];
  }
  double big = 1e3;
  double kink_slope = 0;  // what the analytic gradient says at θ_1 = 0
};

TEST(GradientVerdictTest, TinyGradientsUnderRoundOffAreRight) {
  KinkObjective objective;
  Eigen::VectorXd params(3);
  params << 0.4, 0.8, -0.3;
  for (bool five_point : {false, true}) {
    GradientCheckOptions options;
    options.five_point = five_point;
    options.step = five_point ? 1e-3 : 1e-5;
    const GradientCheckResult result = CheckGradient(&objective, params, options);
    // The 1e-9 component's difference is all round-off (|C| = 1000): its relative error is
    // large, yet the floor calls it right.
    EXPECT_GT(result.entries[0].relative_error, 1e-4);
    EXPECT_EQ(result.entries[0].verdict, GradientVerdict::kRight) << five_point;
    EXPECT_EQ(result.Count(GradientVerdict::kRight), 3) << five_point;
  }
}

TEST(GradientVerdictTest, AKinkAtThetaIsNamedNotWrong) {
  KinkObjective objective;
  objective.big = 1;
  Eigen::VectorXd params(3);
  params << 0.4, 0.0, -0.3;
  for (double slope : {0.0, 1.0, -1.0}) {  // every convention at the kink is a subgradient
    objective.kink_slope = slope;
    const GradientCheckResult result = CheckGradient(&objective, params);
    EXPECT_EQ(result.entries[1].verdict, GradientVerdict::kKink) << slope;
    EXPECT_EQ(result.Count(GradientVerdict::kWrong), 0) << slope;
    // The retry at a 64 times smaller step costs four more evaluations.
    EXPECT_EQ(result.evaluations, 1 + 4 * 3 + 4);
  }
  objective.kink_slope = 3;  // outside [−1, 1]: a real error, even at a kink
  EXPECT_EQ(CheckGradient(&objective, params).entries[1].verdict, GradientVerdict::kWrong);
}

TEST(GradientVerdictTest, AKinkBesideThetaIsSteppedAround) {
  KinkObjective objective;
  objective.big = 1;
  Eigen::VectorXd params(3);
  params << 0.4, 3e-6, -0.3;  // inside the first step (1e-5), outside the retry's (1.6e-7)
  const GradientCheckResult result = CheckGradient(&objective, params);
  EXPECT_EQ(result.entries[1].verdict, GradientVerdict::kRight);
  EXPECT_LT(result.entries[1].step, 1e-6);
  EXPECT_NEAR(result.entries[1].numeric, 1.0, 1e-8);
}

struct Case {
  Activation hidden;
  Activation output;
  CostKind cost;
  Regularization regularization;
};

std::vector<Case> AllowedCases() {
  std::vector<Case> cases;
  for (Activation hidden : {Activation::kSigmoid, Activation::kTanh, Activation::kRelu,
                            Activation::kLeakyRelu, Activation::kLinear, Activation::kSoftplus}) {
    for (Activation output :
         {Activation::kLinear, Activation::kSigmoid, Activation::kTanh, Activation::kSoftmax}) {
      for (CostKind cost : {CostKind::kHalfSquared, CostKind::kBinaryCrossEntropy,
                            CostKind::kCategoricalCrossEntropy}) {
        for (Regularization penalty :
             {Regularization::kNone, Regularization::kL1, Regularization::kL2}) {
          cases.push_back({hidden, output, cost, penalty});
        }
      }
    }
  }
  return cases;
}

// A deep-ish network as a student builds it: three hidden layers, the page's default
// initialisation, a penalty of 0.01, nothing moved away from kinks.
NetworkConfig ConfigFor(const Case& test_case) {
  NetworkConfig config;
  config.features = {Feature::kX1, Feature::kX2};
  config.hidden_sizes = {5, 4, 3};
  config.hidden_activation = test_case.hidden;
  config.output_activation = test_case.output;
  config.outputs = test_case.output == Activation::kSoftmax ? 2 : 1;
  config.cost = test_case.cost;
  config.regularization = test_case.regularization;
  config.regularization_rate = test_case.regularization == Regularization::kNone ? 0 : 0.01;
  return config;
}

// Two Gaussian blobs with 0/1 targets (one-hot for two outputs).
void MakeData(const NetworkConfig& config, Random* random, RowMatrix* inputs, RowMatrix* targets) {
  const int count = 40;
  inputs->resize(count, 2);
  targets->resize(count, config.outputs);
  for (int i = 0; i < count; ++i) {
    const int label = i % 2;
    (*inputs)(i, 0) = random->Normal() + (label ? 1.5 : -1.5);
    (*inputs)(i, 1) = random->Normal() + (label ? 1.0 : -1.0);
    if (config.outputs == 1) {
      (*targets)(i, 0) = label;
    } else {
      (*targets)(i, 0) = 1 - label;
      (*targets)(i, 1) = label;
    }
  }
}

TEST(GradientVerdictTest, NoCorrectNetworkIsReportedWrong) {
  int checked = 0, kinks = 0;
  Random random(20261130);
  for (const Case& test_case : AllowedCases()) {
    const NetworkConfig config = ConfigFor(test_case);
    if (!ValidateNetwork(config).empty()) continue;
    const std::string name = std::string(ActivationName(test_case.hidden)) + " / " +
                             ActivationName(test_case.output) + " / " + CostName(test_case.cost) +
                             " / " + RegularizationName(test_case.regularization);
    Network network(config);
    RowMatrix inputs, targets;
    MakeData(config, &random, &inputs, &targets);
    ASSERT_EQ(network.SetData(inputs, targets), "");
    Eigen::VectorXd params;
    network.Initialize(&params, &random);
    for (int phase = 0; phase < 2; ++phase) {
      if (phase == 1) {  // after 300 steps of full-batch descent
        // A step that would make the cost blow up halves the rate instead: the check is of a
        // trained network, not of a diverged one.
        Eigen::VectorXd gradient(params.size());
        double rate = 0.1;
        for (int step = 0; step < 300; ++step) {
          const double cost = network.Evaluate(params, {}, &gradient);
          const Eigen::VectorXd next = params - rate * gradient;
          if (std::isfinite(network.Evaluate(next, {}, nullptr)) && std::isfinite(cost)) {
            params = next;
          } else {
            rate /= 2;
          }
        }
      }
      for (bool five_point : {false, true}) {
        GradientCheckOptions options;  // the page's two stencils
        options.five_point = five_point;
        options.step = five_point ? 1e-3 : 1e-5;
        const GradientCheckResult result = CheckGradient(&network, params, options);
        std::string first_wrong;
        for (const GradientCheckEntry& entry : result.entries) {
          if (entry.verdict != GradientVerdict::kWrong || !first_wrong.empty()) continue;
          first_wrong = "θ" + std::to_string(entry.index) + ": analytic " +
                        std::to_string(entry.analytic) + ", numeric " +
                        std::to_string(entry.numeric) + ", resolution " +
                        std::to_string(entry.resolution) + ", step " + std::to_string(entry.step);
        }
        EXPECT_EQ(result.Count(GradientVerdict::kWrong), 0)
            << name << (phase ? ", trained" : ", at start") << (five_point ? ", five-point" : "")
            << "; first: " << first_wrong;
        kinks += result.Count(GradientVerdict::kKink);
      }
    }
    ++checked;
  }
  EXPECT_EQ(checked, 162);
  RecordProperty("kinks", kinks);
}

}  // namespace
}  // namespace descent
