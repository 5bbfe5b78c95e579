#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "core/data/commute_data.h"
#include "core/data/dataset.h"
#include "core/diagnostics/computation_graph.h"
#include "core/linear/design_matrix.h"
#include "core/linear/least_squares_objective.h"
#include "core/linear/normal_equation.h"
#include "core/net/network.h"
#include "core/optim/trainer.h"
#include "core/random.h"
#include "fixture_kinds.h"
#include "fixture_options.h"

namespace descent::testing {
namespace {

// The case's data: the commute table or inline { inputs, inputDim, targets }.
bool ReadLinearData(const JsonValue& data, Dataset* out, Checks* check) {
  if (!check->Valid(data.CheckKeys("data", {"name", "inputs", "inputDim", "targets"}))) {
    return false;
  }
  if (data.Has("name")) {
    if (!check->That(data.String("name", "") == "commute", "unknown data name")) return false;
    *out = CommuteTimeData();
    return true;
  }
  const std::vector<double> inputs = data.Numbers("inputs");
  const std::vector<double> targets = data.Numbers("targets");
  const int dim = static_cast<int>(data.Number("inputDim", 0));
  const int n = static_cast<int>(targets.size());
  if (!check->That(dim >= 1 && n >= 1 && static_cast<int>(inputs.size()) == n * dim,
                   "inputs must hold inputDim numbers per target")) {
    return false;
  }
  out->inputs = Eigen::Map<const RowMatrix>(inputs.data(), n, dim);
  out->targets = Eigen::Map<const RowMatrix>(targets.data(), n, 1);
  return true;
}

}  // namespace

void RunLeastSquares(const JsonValue& spec, CaseOutcome* out) {
  Checks check(out);
  Dataset data;
  const JsonValue& model = spec.Get("model");
  if (!ReadLinearData(spec.Get("data"), &data, &check) ||
      !check.Valid(model.CheckKeys("model", {"lambda", "penalizeBias"}))) {
    return;
  }
  LeastSquaresConfig config;
  config.lambda = model.Number("lambda", 0);
  config.penalize_bias = model.Bool("penalizeBias", true);
  const RowMatrix design = WithBiasColumn(data.inputs);
  const Eigen::VectorXd targets = data.targets.col(0);
  const int n = static_cast<int>(design.rows());
  const int d = static_cast<int>(design.cols());
  // The runner's own closed form: (XᵀX/n + λP) W = XᵀY/n.
  Eigen::MatrixXd system = design.transpose() * design / n;
  for (int k = config.penalize_bias ? 0 : 1; k < d; ++k) system(k, k) += config.lambda;
  const Eigen::VectorXd closed_form = system.ldlt().solve(design.transpose() * targets / n);
  const double scale = std::max(1.0, closed_form.norm());

  RidgeOptions ridge;
  ridge.penalize_bias = config.penalize_bias;
  const LinearSolveResult solved = SolveRidge(design, targets, config.lambda, ridge);
  if (!check.That(solved.ok, "the core's closed form failed: " + solved.message)) return;
  check.That((solved.weights - closed_form).norm() <= 1e-9 * scale,
             "the core's closed form differs from (XᵀX/n + λP)⁻¹XᵀY/n");
  if (spec.Has("weights")) {
    check.That((ToVector(spec.Numbers("weights")) - closed_form).norm() <= 1e-9 * scale,
               "W* differs from the case's weights");
  }
  if (spec.Has("fitted")) {
    const Eigen::VectorXd fitted = design * closed_form;
    check.That((ToVector(spec.Numbers("fitted")) - fitted).norm() <= 1e-9 * fitted.norm(),
               "the fitted values differ from the case's");
  }
  LeastSquaresObjective objective(design, targets, config);
  TrainerConfig trainer_config;
  if (!check.Valid(ReadTrainerOptions(spec.Get("trainer"), &trainer_config)) ||
      !check.Valid(ValidateTrainer(trainer_config, objective))) {
    return;
  }
  const std::vector<double> initial = spec.Numbers("initial");
  if (!check.That(static_cast<int>(initial.size()) == d, "initial needs one weight per column")) {
    return;
  }
  Trainer trainer(&objective, trainer_config, ToVector(initial));
  trainer.Step(static_cast<int>(spec.Number("steps", 0)));
  const double distance = (trainer.params() - closed_form).norm();
  check.That(distance <= spec.Number("tolerance", 0) * scale,
             "descent ended " + Num(distance) + " from the closed form");
  Append(solved.weights, &out->numbers);
  Append(trainer.params(), &out->numbers);
  out->numbers.push_back(objective.ExactCost(trainer.params()));
}

void RunGradientCheck(const JsonValue& spec, CaseOutcome* out) {
  Checks check(out);
  NetworkConfig config;
  uint64_t weight_seed = 1;
  GeneratorConfig generator;
  double test_fraction = 0.5;
  TrainerConfig trainer_config;
  if (!check.Valid(ReadNetworkOptions(spec.Get("network"), &config, &weight_seed)) ||
      !check.Valid(ReadDataOptions(spec.Get("data"), &generator, &test_fraction)) ||
      !check.Valid(ReadTrainerOptions(spec.Get("trainer"), &trainer_config))) {
    return;
  }
  const Dataset data = GenerateDataset(generator);
  if (!check.Valid(ValidateSplit(data.size(), test_fraction))) return;
  const TrainTestSplit split = SplitTrainTest(data, test_fraction, generator.seed);
  config.outputs = data.target_dim();
  if (!check.Valid(ValidateNetwork(config))) return;
  Network network(config);
  if (!check.Valid(network.SetData(split.train.inputs, split.train.targets)) ||
      !check.Valid(ValidateTrainer(trainer_config, network))) {
    return;
  }
  Random random(weight_seed);
  Eigen::VectorXd initial;
  network.Initialize(&initial, &random);
  Trainer trainer(&network, trainer_config, initial);
  trainer.Step(static_cast<int>(spec.Number("steps", 0)));

  const JsonValue& limits = spec.Get("check");
  const double step = limits.Number("step", 1e-5);
  const double floor = limits.Number("floor", 1e-4);
  const double bound = limits.Number("maxRelativeError", 1e-6);
  Eigen::VectorXd theta = trainer.params();
  Eigen::VectorXd analytic(theta.size());
  network.Evaluate(theta, {}, &analytic);
  double worst = 0;
  int worst_index = -1;
  for (int i = 0; i < theta.size(); ++i) {
    const double original = theta[i];
    const double h = step * std::max(1.0, std::abs(original));
    theta[i] = original + h;
    const double plus = network.Evaluate(theta, {}, nullptr);
    theta[i] = original - h;
    const double minus = network.Evaluate(theta, {}, nullptr);
    theta[i] = original;
    const double numeric = (plus - minus) / (2 * h);
    const double size = std::abs(analytic[i]) + std::abs(numeric);
    const double error = std::abs(analytic[i] - numeric) / std::max(size, floor);
    if (error > worst) {
      worst = error;
      worst_index = i;
    }
  }
  check.That(worst <= bound, "relative error " + Num(worst) + " at parameter " +
                                 std::to_string(worst_index) + " exceeds " + Num(bound));
  Append(theta, &out->numbers);
  out->numbers.push_back(network.Cost(theta, DataSplit::kTrain));
  Append(analytic, &out->numbers);
}

void RunComputationGraph(const JsonValue& spec, CaseOutcome* out) {
  Checks check(out);
  const JsonValue& in = spec.Get("inputs");
  if (!check.Valid(in.CheckKeys("inputs", {"w", "x", "b", "y"}))) return;
  LinearRegressionGraph graph;
  graph.Evaluate(in.Number("w", 0), in.Number("x", 0), in.Number("b", 0), in.Number("y", 0));
  for (const char* part : {"values", "gradients"}) {
    const bool values = std::string(part) == "values";
    for (const auto& [name, expected] : spec.Get(part).members()) {
      int index = -1;
      for (int k = 0; k < graph.node_count(); ++k) {
        if (name == graph.node(k).name) index = k;
      }
      if (!check.That(index >= 0, "the graph has no node '" + name + "'")) continue;
      const double actual = values ? graph.node(index).value : graph.node(index).gradient;
      check.That(std::abs(actual - expected.number()) <= 1e-12 * std::max(1.0, std::abs(actual)),
                 std::string(values ? "value" : "gradient") + " of " + name + " is " + Num(actual) +
                     ", expected " + Num(expected.number()));
    }
  }
  for (int k = 0; k < graph.node_count(); ++k) {
    out->numbers.push_back(graph.node(k).value);
    out->numbers.push_back(graph.node(k).gradient);
  }
}

}  // namespace descent::testing
