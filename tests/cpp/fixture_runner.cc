#include "fixture_runner.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>
#include <set>

#include "core/data/commute_data.h"
#include "core/data/dataset.h"
#include "core/diagnostics/computation_graph.h"
#include "core/linear/design_matrix.h"
#include "core/linear/least_squares_objective.h"
#include "core/linear/normal_equation.h"
#include "core/net/network.h"
#include "core/random.h"
#include "core/surfaces/surface_objective.h"
#include "fixture_options.h"

namespace descent::testing {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Collects the broken checks of one case as readable lines.
class Checks {
 public:
  explicit Checks(CaseOutcome* outcome) : outcome_(outcome) {}
  // Records `message` when `ok` is false; returns ok.
  bool That(bool ok, const std::string& message) {
    if (!ok) outcome_->failures.push_back(message);
    return ok;
  }
  // A setup error (bad option, invalid config): returns false when there was one.
  bool Valid(const std::string& error) { return That(error.empty(), error); }

 private:
  CaseOutcome* outcome_;
};

std::string Num(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

Eigen::VectorXd ToVector(const std::vector<double>& values) {
  return Eigen::Map<const Eigen::VectorXd>(values.data(), static_cast<int>(values.size()));
}

void Append(const Eigen::VectorXd& values, std::vector<double>* numbers) {
  numbers->insert(numbers->end(), values.data(), values.data() + values.size());
}

// Listed minima, values, zero gradient and positive definite Hessian at them.
void RunSurfaceMinima(const JsonValue& spec, CaseOutcome* out) {
  Checks check(out);
  std::string name;
  SurfaceParams params;
  if (!check.Valid(ReadSurfaceOptions(spec.Get("surface"), &name, &params))) return;
  const std::unique_ptr<Surface> surface = MakeSurface(name, params);
  const std::vector<Eigen::Vector2d> listed = surface->Minima();
  const std::vector<JsonValue>& known = spec.Get("minima").items();
  const double tolerance = spec.Number("tolerance", 0);
  const double value = spec.Number("value", 0);
  if (!check.That(listed.size() >= known.size(), "the surface lists too few minima")) return;
  for (const JsonValue& point : known) {
    const Eigen::Vector2d expected(point.items()[0].number(), point.items()[1].number());
    bool found = false;
    for (size_t k = 0; k < known.size(); ++k) {
      found = found || (listed[k] - expected).norm() <= tolerance;
    }
    check.That(found, "no global minimum listed within " + Num(tolerance) + " of (" +
                          Num(expected.x()) + ", " + Num(expected.y()) + ")");
  }
  for (size_t k = 0; k < known.size(); ++k) {
    const Eigen::Vector2d& p = listed[k];
    const double f = surface->Value(p.x(), p.y());
    const Eigen::Matrix2d hessian = surface->Hessian(p.x(), p.y());
    check.That(std::abs(f - value) <= tolerance * std::max(1.0, std::abs(value)),
               "f at listed minimum " + std::to_string(k) + " is " + Num(f));
    check.That(surface->Gradient(p.x(), p.y()).norm() <= 1e-8 * std::max(1.0, hessian.norm()),
               "the gradient at listed minimum " + std::to_string(k) + " is not zero");
    check.That(hessian(0, 0) > 0 && hessian.determinant() > 0,
               "the Hessian at listed minimum " + std::to_string(k) + " is not positive definite");
    out->numbers.insert(out->numbers.end(), {p.x(), p.y(), f});
  }
}

// A trainer on a surface from `start`, run `steps` steps.
std::unique_ptr<Trainer> DescendSurface(const JsonValue& spec, SurfaceObjective** objective,
                                        std::unique_ptr<SurfaceObjective>* owner, Checks* check) {
  std::string name;
  SurfaceParams params;
  TrainerConfig config;
  if (!check->Valid(ReadSurfaceOptions(spec.Get("surface"), &name, &params)) ||
      !check->Valid(ReadTrainerOptions(spec.Get("trainer"), &config))) {
    return nullptr;
  }
  *owner = std::make_unique<SurfaceObjective>(MakeSurface(name, params));
  *objective = owner->get();
  if (!check->Valid(ValidateTrainer(config, **objective))) return nullptr;
  auto trainer = std::make_unique<Trainer>(owner->get(), config, ToVector(spec.Numbers("start")));
  trainer->Step(static_cast<int>(spec.Number("steps", 0)));
  return trainer;
}

void RunDescent(const JsonValue& spec, CaseOutcome* out) {
  Checks check(out);
  SurfaceObjective* objective = nullptr;
  std::unique_ptr<SurfaceObjective> owner;
  const std::unique_ptr<Trainer> trainer = DescendSurface(spec, &objective, &owner, &check);
  if (!trainer) return;
  const Eigen::VectorXd minimum = ToVector(spec.Numbers("minimum"));
  const double distance = (trainer->params() - minimum).norm();
  check.That(distance <= spec.Number("tolerance", 0),
             "ended at (" + Num(trainer->params()[0]) + ", " + Num(trainer->params()[1]) +
                 "), " + Num(distance) + " from the minimum");
  Append(trainer->params(), &out->numbers);
  out->numbers.push_back(trainer->cost());
  out->numbers.push_back(trainer->step_count());
}

void RunBowlClosedForm(const JsonValue& spec, CaseOutcome* out) {
  Checks check(out);
  SurfaceObjective* objective = nullptr;
  std::unique_ptr<SurfaceObjective> owner;
  const std::unique_ptr<Trainer> trainer = DescendSurface(spec, &objective, &owner, &check);
  if (!trainer) return;
  const JsonValue& surface = spec.Get("surface");
  const double kappa = surface.Number("conditionNumber", 10);
  const double angle = surface.Number("rotationDegrees", 30) * kPi / 180;
  const double rate = spec.Get("trainer").Number("learningRate", 0.01);
  const int steps = static_cast<int>(spec.Number("steps", 0));
  Eigen::Matrix2d rotation;
  rotation << std::cos(angle), -std::sin(angle), std::sin(angle), std::cos(angle);
  const Eigen::Matrix2d hessian =
      rotation * Eigen::Vector2d(1, kappa).asDiagonal() * rotation.transpose();
  const Eigen::Vector2d start = ToVector(spec.Numbers("start"));
  Eigen::Vector2d expected = start;
  for (int t = 0; t < steps; ++t) expected -= rate * (hessian * expected);
  const double rho = std::max(std::abs(1 - rate), std::abs(1 - rate * kappa));
  const Eigen::Vector2d actual = trainer->params();
  check.That(trainer->step_count() == steps, "the trainer stopped early");
  check.That((actual - expected).norm() <= 1e-10 * std::max(1.0, expected.norm()),
             "v_t = (" + Num(actual.x()) + ", " + Num(actual.y()) + ") but (I − ηH)^t v_0 = (" +
                 Num(expected.x()) + ", " + Num(expected.y()) + ")");
  const double bound = std::pow(rho, steps) * start.norm();
  check.That(actual.norm() <= bound * (1 + 1e-9) + 1e-300,
             "‖v_t‖ = " + Num(actual.norm()) + " exceeds ρ^t ‖v_0‖ = " + Num(bound));
  Append(actual, &out->numbers);
  out->numbers.push_back(trainer->cost());
}

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
  Trainer trainer(&objective, trainer_config, ToVector(spec.Numbers("initial")));
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
    if (error > worst) worst = error, worst_index = i;
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
                 std::string(values ? "value" : "gradient") + " of " + name + " is " +
                     Num(actual) + ", expected " + Num(expected.number()));
    }
  }
  for (int k = 0; k < graph.node_count(); ++k) {
    out->numbers.push_back(graph.node(k).value);
    out->numbers.push_back(graph.node(k).gradient);
  }
}

}  // namespace

bool LoadFixtureCases(std::vector<FixtureCase>* cases, std::string* error) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code code;
  for (const fs::directory_entry& entry : fs::directory_iterator(FixtureDir() + "cases", code)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
  }
  if (code || files.empty()) {
    *error = "no case files in " + FixtureDir() + "cases";
    return false;
  }
  std::sort(files.begin(), files.end());
  std::set<std::string> names;
  for (const std::string& file : files) {
    JsonValue root;
    if (!ReadJsonFile(FixtureDir() + "cases/" + file, &root, error)) return false;
    *error = root.CheckKeys(file, {"about", "cases"});
    if (!error->empty()) return false;
    for (const JsonValue& spec : root.Get("cases").items()) {
      FixtureCase fixture{file, spec.String("name", ""), spec.String("kind", ""), spec};
      if (fixture.name.empty() || !names.insert(fixture.name).second) {
        *error = file + ": a case without a name or with a name used before: '" +
                 fixture.name + "'";
        return false;
      }
      cases->push_back(fixture);
    }
  }
  return true;
}

CaseOutcome RunFixtureCase(const FixtureCase& fixture) {
  using Runner = void (*)(const JsonValue&, CaseOutcome*);
  struct Kind {
    const char* name;
    Runner run;
    std::vector<std::string> keys;  // besides name and kind
  };
  static const Kind kKinds[] = {
      {"surface-minima", RunSurfaceMinima, {"surface", "minima", "value", "tolerance"}},
      {"descent", RunDescent, {"surface", "start", "trainer", "steps", "minimum", "tolerance"}},
      {"bowl-closed-form", RunBowlClosedForm, {"surface", "start", "trainer", "steps"}},
      {"least-squares",
       RunLeastSquares,
       {"data", "model", "initial", "trainer", "steps", "tolerance", "weights", "fitted"}},
      {"gradient-check", RunGradientCheck, {"network", "data", "trainer", "steps", "check"}},
      {"computation-graph", RunComputationGraph, {"inputs", "values", "gradients"}},
  };
  CaseOutcome outcome;
  for (const Kind& kind : kKinds) {
    if (fixture.kind != kind.name) continue;
    std::vector<std::string> keys = kind.keys;
    keys.insert(keys.end(), {"name", "kind"});
    const std::string error = fixture.spec.CheckKeys("case " + fixture.name, keys);
    if (error.empty()) {
      kind.run(fixture.spec, &outcome);
    } else {
      outcome.failures.push_back(error);
    }
    return outcome;
  }
  outcome.failures.push_back("unknown case kind '" + fixture.kind + "'");
  return outcome;
}

void PrintTo(const FixtureCase& fixture, std::ostream* out) {
  *out << fixture.file << ": " << fixture.name;
}

}  // namespace descent::testing
