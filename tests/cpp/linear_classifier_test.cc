#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/data/generators_2d.h"
#include "core/linear/classifier_metrics.h"
#include "core/linear/design_matrix.h"
#include "core/linear/margin_loss_objective.h"
#include "core/linear/perceptron.h"
#include "core/random.h"

namespace descent {
namespace {

// ‖analytic − central difference‖ / (‖analytic‖ + ‖central difference‖).
double GradientError(Objective* objective, const Eigen::VectorXd& at,
                     const std::vector<int>& batch) {
  Eigen::VectorXd analytic(at.size()), numeric(at.size());
  objective->Evaluate(at, batch, &analytic);
  for (int k = 0; k < at.size(); ++k) {
    const double h = 1e-5;
    Eigen::VectorXd plus = at, minus = at;
    plus(k) += h;
    minus(k) -= h;
    numeric(k) =
        (objective->Evaluate(plus, batch, nullptr) - objective->Evaluate(minus, batch, nullptr)) /
        (2 * h);
  }
  return (analytic - numeric).norm() / std::max(analytic.norm() + numeric.norm(), 1e-12);
}

// Linearly separable: label = sign(1 + x1 − 2 x2), points kept at least 0.5 from the line.
void Separable(int n, uint64_t seed, RowMatrix* design, Eigen::VectorXd* labels) {
  Random random(seed);
  RowMatrix inputs(n, 2);
  labels->resize(n);
  int i = 0;
  while (i < n) {
    const double x1 = random.Uniform(-5, 5), x2 = random.Uniform(-5, 5);
    const double score = (1 + x1 - 2 * x2) / std::sqrt(5.0);
    if (std::fabs(score) < 0.5) continue;
    inputs(i, 0) = x1;
    inputs(i, 1) = x2;
    (*labels)(i) = score > 0 ? 1 : -1;
    ++i;
  }
  *design = WithBiasColumn(inputs);
}

TEST(MarginLossTest, ValuesSlopesAndNames) {
  EXPECT_DOUBLE_EQ(MarginLossValue(MarginLoss::kSquaredHinge, -1), 2.0);
  EXPECT_DOUBLE_EQ(MarginLossValue(MarginLoss::kSquaredHinge, 1.5), 0.0);
  EXPECT_DOUBLE_EQ(MarginLossSlope(MarginLoss::kSquaredHinge, -1), -2.0);
  EXPECT_DOUBLE_EQ(MarginLossValue(MarginLoss::kHinge, 0.25), 0.75);
  EXPECT_DOUBLE_EQ(MarginLossValue(MarginLoss::kLogistic, 0), std::log(2.0));
  // Stable far out in both directions: no overflow, no loss of the small tail.
  EXPECT_NEAR(MarginLossValue(MarginLoss::kLogistic, -800), 800, 1e-9);
  EXPECT_NEAR(MarginLossValue(MarginLoss::kLogistic, 40), std::exp(-40.0), 1e-30);
  EXPECT_DOUBLE_EQ(MarginLossSlope(MarginLoss::kLogistic, -800), -1.0);
  EXPECT_GT(-MarginLossSlope(MarginLoss::kLogistic, 800), -1e-300);
  MarginLoss parsed = MarginLoss::kHinge;
  EXPECT_TRUE(ParseMarginLoss("logistic", &parsed));
  EXPECT_EQ(parsed, MarginLoss::kLogistic);
  EXPECT_FALSE(ParseMarginLoss("softmax", &parsed));
  EXPECT_STREQ(MarginLossName(MarginLoss::kSquaredHinge), "squared-hinge");
}

TEST(MarginLossTest, GradientsMatchFiniteDifferencesAwayFromKinks) {
  RowMatrix design;
  Eigen::VectorXd labels;
  Separable(40, 3, &design, &labels);
  labels(0) = -labels(0);  // one mistake so that every loss is active somewhere
  Random random(5);
  for (MarginLoss loss : {MarginLoss::kSquaredHinge, MarginLoss::kHinge, MarginLoss::kLogistic}) {
    for (double lambda : {0.0, 0.3}) {
      MarginLossConfig config;
      config.loss = loss;
      config.lambda = lambda;
      config.penalize_bias = lambda > 0;
      ASSERT_EQ(MarginLossObjective::Validate(design, labels, config), "");
      MarginLossObjective objective(design, labels, config);
      for (int trial = 0; trial < 5; ++trial) {
        Eigen::VectorXd w(3);
        for (int k = 0; k < 3; ++k) w(k) = random.Uniform(-0.5, 0.5);
        // Keep every margin clear of the kink at m = 1 so central differences are exact.
        bool near_kink = false;
        for (int i = 0; i < 40; ++i) {
          near_kink |= std::fabs(labels(i) * design.row(i).dot(w) - 1) < 1e-3;
        }
        if (near_kink) continue;
        EXPECT_LT(GradientError(&objective, w, {}), 1e-7) << MarginLossName(loss);
        EXPECT_LT(GradientError(&objective, w, {0, 7, 21}), 1e-7) << MarginLossName(loss);
      }
    }
  }
}

TEST(MarginLossTest, SquaredHingeGradientIsSeedEquation17) {
  RowMatrix design(1, 3);
  design << 1, 2, -1;
  Eigen::VectorXd labels(1);
  labels << -1;
  MarginLossObjective objective(design, labels, MarginLossConfig());
  Eigen::VectorXd w(3), gradient(3);
  w << 0.1, 0.2, 0.3;  // Wᵀx = 0.2, margin −0.2 < 1
  objective.Evaluate(w, {}, &gradient);
  const Eigen::VectorXd expected = (0.2 - (-1.0)) * design.row(0).transpose();
  EXPECT_NEAR((gradient - expected).norm(), 0, 1e-15);
}

TEST(MarginLossTest, GradientDescentSeparatesData) {
  RowMatrix design;
  Eigen::VectorXd labels;
  Separable(100, 11, &design, &labels);
  for (MarginLoss loss : {MarginLoss::kSquaredHinge, MarginLoss::kHinge, MarginLoss::kLogistic}) {
    MarginLossConfig config;
    config.loss = loss;
    MarginLossObjective objective(design, labels, config);
    Eigen::VectorXd w = Eigen::VectorXd::Zero(3), gradient(3);
    for (int t = 0; t < 3000; ++t) {
      objective.Evaluate(w, {}, &gradient);
      w -= 0.05 * gradient;
    }
    EXPECT_EQ(Accuracy(design, labels, w), 1.0) << MarginLossName(loss);
  }
}

TEST(MarginLossTest, Validation) {
  RowMatrix design = RowMatrix::Ones(2, 2);
  Eigen::VectorXd labels(2);
  labels << 1, 0;
  EXPECT_EQ(MarginLossObjective::Validate(design, labels, MarginLossConfig()),
            "label of sample 2 is 0; margin losses need labels −1 or +1");
}

TEST(PerceptronTest, SeparatesSeparableDataAndStops) {
  RowMatrix design;
  Eigen::VectorXd labels;
  Separable(60, 2, &design, &labels);
  for (bool shuffle : {false, true}) {
    PerceptronConfig config;
    config.shuffle = shuffle;
    ASSERT_EQ(Perceptron::Validate(design, labels, config), "");
    Perceptron perceptron(design, labels, config, Eigen::VectorXd::Zero(3));
    int visits = 0;
    while (perceptron.state() == PerceptronState::kRunning && visits < 10000000) {
      visits += perceptron.Step(37);
    }
    ASSERT_EQ(perceptron.state(), PerceptronState::kConverged);
    EXPECT_EQ(perceptron.mistakes_per_epoch().back(), 0);
    EXPECT_EQ(static_cast<int>(perceptron.mistakes_per_epoch().size()), perceptron.epoch());
    EXPECT_EQ(Accuracy(design, labels, perceptron.weights()), 1.0);
    std::vector<int> wrong;
    MisclassifiedIndices(design, labels, perceptron.weights(), &wrong);
    EXPECT_TRUE(wrong.empty());
    const MarginInfo margin = ComputeMargin(design, labels, perceptron.weights());
    EXPECT_TRUE(margin.defined);
    EXPECT_GT(margin.signed_margin, 0);
    EXPECT_EQ(perceptron.Step(100), 0);  // converged: nothing more to do
  }
}

TEST(PerceptronTest, UpdatesFromZeroWeights) {
  // Erratum 6: with W = 0 every y Wᵀx is 0; the strict test "< 0" would never update.
  RowMatrix design(2, 3);
  design << 1, 2, 1, 1, -1, -2;
  Eigen::VectorXd labels(2);
  labels << 1, -1;
  Perceptron perceptron(design, labels, PerceptronConfig(), Eigen::VectorXd::Zero(3));
  EXPECT_EQ(perceptron.Step(1), 1);
  EXPECT_TRUE(perceptron.last_was_mistake());
  EXPECT_EQ(perceptron.last_sample(), 0);
  EXPECT_EQ(perceptron.total_updates(), 1);
  EXPECT_EQ(perceptron.weights(), design.row(0).transpose());
  perceptron.Step(100);
  EXPECT_EQ(perceptron.state(), PerceptronState::kConverged);
  perceptron.Reset();
  EXPECT_EQ(perceptron.weights(), Eigen::VectorXd::Zero(3));
  EXPECT_EQ(perceptron.epoch(), 0);
}

TEST(PerceptronTest, GivesUpOnNonSeparableData) {
  GeneratorConfig xor_config;
  xor_config.name = "xor";
  xor_config.count = 40;
  const Dataset data = GenerateDataset(xor_config);
  PerceptronConfig config;
  config.max_epochs = 20;
  Perceptron perceptron(WithBiasColumn(data.inputs), data.targets.col(0), config,
                        Eigen::VectorXd::Zero(3));
  EXPECT_EQ(perceptron.Step(1000000), 20 * 40);
  EXPECT_EQ(perceptron.state(), PerceptronState::kMaxEpochs);
  EXPECT_STREQ(PerceptronStateName(perceptron.state()), "max-epochs");
  EXPECT_EQ(perceptron.mistakes_per_epoch().size(), 20u);
  EXPECT_EQ(Perceptron::Validate(WithBiasColumn(data.inputs), data.targets.col(0),
                                 PerceptronConfig{0, 10, false, 1}),
            "learning rate must be a finite number > 0 (got 0)");
}

TEST(ClassifierMetricsTest, AccuracyAndMarginOnKnownLine) {
  // Boundary x1 = 0 (W = [0, 1, 0]); points at x1 = 2, −1, 3 (wrong side), 0 (on the line).
  RowMatrix design(4, 3);
  design << 1, 2, 5, 1, -1, 0, 1, 3, 1, 1, 0, 2;
  Eigen::VectorXd labels(4), w(3);
  labels << 1, -1, -1, 1;
  w << 0, 2, 0;
  EXPECT_DOUBLE_EQ(Accuracy(design, labels, w), 0.5);
  std::vector<int> wrong;
  MisclassifiedIndices(design, labels, w, &wrong);
  EXPECT_EQ(wrong, (std::vector<int>{2, 3}));
  const MarginInfo margin = ComputeMargin(design, labels, w);
  ASSERT_TRUE(margin.defined);
  EXPECT_DOUBLE_EQ(margin.closest_distance, 0);
  EXPECT_EQ(margin.closest_index, 3);
  EXPECT_DOUBLE_EQ(margin.signed_margin, -3);
  EXPECT_EQ(margin.signed_margin_index, 2);
  w << 1, 0, 0;  // bias only: no line
  EXPECT_FALSE(ComputeMargin(design, labels, w).defined);
}

}  // namespace
}  // namespace descent
