#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/data/commute_data.h"
#include "core/linear/design_matrix.h"
#include "core/linear/least_squares_objective.h"
#include "core/linear/normal_equation.h"
#include "core/random.h"

namespace descent {
namespace {

RowMatrix CommuteDesign() { return WithBiasColumn(CommuteTimeData().inputs); }
Eigen::VectorXd CommuteTargets() { return CommuteTimeData().targets.col(0); }

// ‖analytic − central difference‖ / (‖analytic‖ + ‖central difference‖).
double GradientError(Objective* objective, const Eigen::VectorXd& at,
                     const std::vector<int>& batch) {
  Eigen::VectorXd analytic(at.size()), numeric(at.size());
  objective->Evaluate(at, batch, &analytic);
  for (int k = 0; k < at.size(); ++k) {
    const double h = 1e-5 * std::max(1.0, std::fabs(at(k)));
    Eigen::VectorXd plus = at, minus = at;
    plus(k) += h;
    minus(k) -= h;
    numeric(k) =
        (objective->Evaluate(plus, batch, nullptr) - objective->Evaluate(minus, batch, nullptr)) /
        (2 * h);
  }
  return (analytic - numeric).norm() / std::max(analytic.norm() + numeric.norm(), 1e-12);
}

// Synthetic well-conditioned regression: y = 1 + 2 x1 − 3 x2 + noise, x ~ N(0, 1).
void Synthetic(int n, uint64_t seed, RowMatrix* design, Eigen::VectorXd* targets) {
  Random random(seed);
  RowMatrix inputs(n, 2);
  targets->resize(n);
  for (int i = 0; i < n; ++i) {
    inputs(i, 0) = random.Normal();
    inputs(i, 1) = random.Normal();
    (*targets)(i) = 1 + 2 * inputs(i, 0) - 3 * inputs(i, 1) + 0.1 * random.Normal();
  }
  *design = WithBiasColumn(inputs);
}

TEST(NormalEquationTest, CommuteTimeMatchesSeed) {
  const RowMatrix design = CommuteDesign();
  const LinearSolveResult result = SolveNormalEquation(design, CommuteTargets());
  ASSERT_TRUE(result.ok) << result.message;
  EXPECT_EQ(result.rank, 3);
  // Order as in the seed: [bias, per km, weekday].
  const double expected_w[] = {6.08613445378149, 6.53361344537816, 2.11274509803922};
  for (int k = 0; k < 3; ++k) EXPECT_NEAR(result.weights(k), expected_w[k], 1e-9);
  Eigen::VectorXd fitted;
  FittedValues(design, result.weights, &fitted);
  const double expected_y[] = {25.8396358543418, 34.9866946778712, 12.6197478991597,
                               42.1736694677872, 24.3802521008403};
  for (int i = 0; i < 5; ++i) EXPECT_NEAR(fitted(i), expected_y[i], 1e-9);
}

TEST(NormalEquationTest, SingularReportedNotCrashed) {
  RowMatrix design(5, 3);
  design.col(0).setOnes();
  design.col(1) = CommuteTimeData().inputs.col(0);
  design.col(2) = design.col(1);  // duplicate column
  const LinearSolveResult result = SolveNormalEquation(design, CommuteTargets());
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.rank, 2);
  EXPECT_EQ(result.message,
            "XᵀX is singular: the columns of X are linearly dependent (rank 2 of 3). Add data "
            "or use ridge λ > 0.");
  // Fewer samples than weights is singular too.
  const LinearSolveResult too_few =
      SolveNormalEquation(design.topRows(1), CommuteTargets().head(1));
  EXPECT_FALSE(too_few.ok);
  // Ridge fixes it.
  const LinearSolveResult ridge = SolveRidge(design, CommuteTargets(), 0.1, RidgeOptions());
  ASSERT_TRUE(ridge.ok) << ridge.message;
  EXPECT_NEAR(ridge.weights(1), ridge.weights(2), 1e-9);
}

TEST(NormalEquationTest, ValidationMessages) {
  EXPECT_EQ(ValidateLinearProblem(CommuteDesign(), Eigen::VectorXd::Zero(4)),
            "X has 5 rows but there are 4 targets");
  RowMatrix bad = CommuteDesign();
  bad(1, 1) = NAN;
  EXPECT_FALSE(SolveNormalEquation(bad, CommuteTargets()).ok);
  EXPECT_EQ(SolveRidge(CommuteDesign(), CommuteTargets(), -1, RidgeOptions()).message,
            "ridge λ must be a finite number ≥ 0 (got -1)");
  LeastSquaresConfig config;
  config.lambda = -2;
  EXPECT_NE(LeastSquaresObjective::Validate(CommuteDesign(), CommuteTargets(), config), "");
}

TEST(RidgeTest, ClosedFormHasZeroGradientAndGdReachesIt) {
  const RowMatrix design = CommuteDesign();
  for (bool penalize_bias : {true, false}) {
    for (double lambda : {0.01, 0.1, 1.0, 10.0}) {
      RidgeOptions options;
      options.penalize_bias = penalize_bias;
      const LinearSolveResult ridge = SolveRidge(design, CommuteTargets(), lambda, options);
      ASSERT_TRUE(ridge.ok) << ridge.message;
      LeastSquaresConfig config;
      config.lambda = lambda;
      config.penalize_bias = penalize_bias;
      LeastSquaresObjective objective(design, CommuteTargets(), config);
      Eigen::VectorXd gradient(3);
      objective.Evaluate(ridge.weights, {}, &gradient);
      EXPECT_LT(gradient.norm(), 1e-10) << lambda;
      std::vector<int> all = {0, 1, 2, 3, 4};
      objective.Evaluate(ridge.weights, all, &gradient);
      EXPECT_LT(gradient.norm(), 1e-10) << lambda;

      Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(objective.hessian());
      const double rate = 1.0 / eigen.eigenvalues().maxCoeff();
      Eigen::VectorXd w = Eigen::VectorXd::Zero(3);
      for (int t = 0; t < 200000 && (w - ridge.weights).norm() > 1e-9; ++t) {
        objective.Evaluate(w, {}, &gradient);
        w -= rate * gradient;
      }
      EXPECT_LT((w - ridge.weights).norm(), 1e-8) << lambda << " " << penalize_bias;
    }
  }
}

TEST(LeastSquaresObjectiveTest, CostMatchesDataPassAndGradientMatchesFiniteDifferences) {
  for (double lambda : {0.0, 0.5}) {
    LeastSquaresConfig config;
    config.lambda = lambda;
    LeastSquaresObjective objective(CommuteDesign(), CommuteTargets(), config);
    const Eigen::VectorXd w = (Eigen::VectorXd(3) << 1.5, -2.0, 0.7).finished();
    const Eigen::VectorXd residual = CommuteDesign() * w - CommuteTargets();
    const double direct = residual.squaredNorm() / 10.0 + 0.5 * lambda * w.squaredNorm();
    EXPECT_NEAR(objective.Evaluate(w, {}, nullptr), direct, 1e-12 * direct);
    EXPECT_NEAR(objective.Evaluate(w, {0, 1, 2, 3, 4}, nullptr), direct, 1e-12 * direct);
    EXPECT_LT(GradientError(&objective, w, {}), 1e-7);
    EXPECT_LT(GradientError(&objective, w, {1, 3}), 1e-7);
    EXPECT_LT(GradientError(&objective, w, {4}), 1e-7);
  }
  LeastSquaresConfig spare_bias;
  spare_bias.lambda = 2;
  spare_bias.penalize_bias = false;
  LeastSquaresObjective objective(CommuteDesign(), CommuteTargets(), spare_bias);
  const Eigen::VectorXd w = (Eigen::VectorXd(3) << 3, 1, 2).finished();
  EXPECT_LT(GradientError(&objective, w, {}), 1e-7);
  EXPECT_LT(GradientError(&objective, w, {0, 2}), 1e-7);
}

TEST(LeastSquaresObjectiveTest, TwoWeightGridEqualsEvaluate) {
  LeastSquaresConfig config;
  config.lambda = 0.3;
  LeastSquaresObjective objective(CommuteDesign(), CommuteTargets(), config);
  const Eigen::VectorXd base = (Eigen::VectorXd(3) << 4, 5, 1).finished();
  WeightBox box;
  box.i_min = -2;
  box.i_max = 12;
  box.j_min = 0;
  box.j_max = 4;
  const int n = 17;
  for (auto pair : {std::pair<int, int>{0, 1}, {1, 2}, {2, 0}}) {
    const int i = pair.first, j = pair.second;
    ASSERT_EQ(objective.ValidateGrid(i, j, box, n), "");
    std::vector<double> grid(n * n);
    std::vector<float> grid_float(n * n);
    objective.CostOverTwoWeights(i, j, base, box, n, grid.data());
    objective.CostOverTwoWeights(i, j, base, box, n, grid_float.data());
    for (int row = 0; row < n; ++row) {
      for (int col = 0; col < n; ++col) {
        Eigen::VectorXd w = base;
        w(i) = box.i_min + col * (box.i_max - box.i_min) / (n - 1);
        w(j) = box.j_min + row * (box.j_max - box.j_min) / (n - 1);
        const double expected = objective.Evaluate(w, {}, nullptr);
        EXPECT_NEAR(grid[row * n + col], expected, 1e-10 * expected);
        EXPECT_NEAR(grid_float[row * n + col], expected, 1e-6 * expected);
        const Eigen::VectorXd residual = CommuteDesign() * w - CommuteTargets();
        const double direct = residual.squaredNorm() / 10 + 0.15 * w.squaredNorm();
        EXPECT_NEAR(grid[row * n + col], direct, 1e-10 * direct);
      }
    }
  }
  EXPECT_EQ(objective.ValidateGrid(1, 1, box, n), "choose two different weights (both are 1)");
  EXPECT_EQ(objective.ValidateGrid(0, 3, box, n),
            "weight indices must be between 0 and 2 (got 0 and 3)");
  EXPECT_EQ(objective.ValidateGrid(0, 1, box, 1), "grid size must be between 2 and 1024 (got 1)");
}

TEST(LeastSquaresDescentTest, FullBatchGdReachesNormalEquation) {
  const LinearSolveResult exact = SolveNormalEquation(CommuteDesign(), CommuteTargets());
  LeastSquaresObjective objective(CommuteDesign(), CommuteTargets(), LeastSquaresConfig());
  Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(objective.hessian());
  const double rate = 1.9 / eigen.eigenvalues().maxCoeff();
  Eigen::VectorXd w = Eigen::VectorXd::Zero(3), gradient(3);
  double previous = objective.Evaluate(w, {}, nullptr);
  for (int t = 0; t < 500000 && (w - exact.weights).norm() > 1e-9; ++t) {
    objective.Evaluate(w, {}, &gradient);
    w -= rate * gradient;  // W ← W − η∇C
  }
  EXPECT_LT((w - exact.weights).norm(), 1e-8);
  EXPECT_LT(objective.Evaluate(w, {}, nullptr), previous);
}

TEST(LeastSquaresDescentTest, SgdAndMiniBatchWithDecayingRateReachSolution) {
  RowMatrix design;
  Eigen::VectorXd targets;
  Synthetic(200, 17, &design, &targets);
  const LinearSolveResult exact = SolveNormalEquation(design, targets);
  ASSERT_TRUE(exact.ok);
  LeastSquaresObjective objective(design, targets, LeastSquaresConfig());
  Random random(99);
  Eigen::VectorXd gradient(3);

  // SGD: one uniformly drawn sample per step, η_t = C/t (Robbins–Monro, erratum 7).
  Eigen::VectorXd w = Eigen::VectorXd::Zero(3);
  std::vector<int> one(1);
  for (int t = 1; t <= 100000; ++t) {
    one[0] = random.UniformInt(200);
    objective.Evaluate(w, one, &gradient);
    w -= (1.0 / t) * gradient;
  }
  EXPECT_LT((w - exact.weights).norm(), 1e-2);

  // Mini-batch SGD (seed eq. 2.3), batches of 10 drawn without replacement per epoch.
  w.setZero();
  std::vector<int> order(200), batch(10);
  for (int i = 0; i < 200; ++i) order[i] = i;
  int t = 0;
  for (int epoch = 0; epoch < 500; ++epoch) {
    random.Shuffle(&order);
    for (int start = 0; start < 200; start += 10) {
      for (int k = 0; k < 10; ++k) batch[k] = order[start + k];
      ++t;
      objective.Evaluate(w, batch, &gradient);
      w -= (1.0 / t) * gradient;
    }
  }
  EXPECT_LT((w - exact.weights).norm(), 1e-2);
}

}  // namespace
}  // namespace descent
