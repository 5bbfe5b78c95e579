#include <cmath>
#include <memory>
#include <string>

#include "core/optim/trainer.h"
#include "core/surfaces/surface.h"
#include "core/surfaces/surface_objective.h"
#include "fixture_kinds.h"
#include "fixture_options.h"

namespace descent::testing {
namespace {

constexpr double kPi = 3.14159265358979323846;

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
  if (!check->Valid(ValidateTrainer(config, **objective)) ||
      !check->That(spec.Numbers("start").size() == 2, "start must be [x, y]")) {
    return nullptr;
  }
  auto trainer = std::make_unique<Trainer>(owner->get(), config, ToVector(spec.Numbers("start")));
  trainer->Step(static_cast<int>(spec.Number("steps", 0)));
  return trainer;
}

}  // namespace

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
    if (!check.That(point.items().size() == 2 && point.items()[0].is_number() &&
                        point.items()[1].is_number(),
                    "each minimum must be [x, y]")) {
      return;
    }
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

void RunDescent(const JsonValue& spec, CaseOutcome* out) {
  Checks check(out);
  SurfaceObjective* objective = nullptr;
  std::unique_ptr<SurfaceObjective> owner;
  const std::unique_ptr<Trainer> trainer = DescendSurface(spec, &objective, &owner, &check);
  if (!trainer) return;
  const Eigen::VectorXd minimum = ToVector(spec.Numbers("minimum"));
  if (!check.That(minimum.size() == 2, "minimum must be [x, y]")) return;
  const double distance = (trainer->params() - minimum).norm();
  check.That(distance <= spec.Number("tolerance", 0), "ended at (" + Num(trainer->params()[0]) +
                                                          ", " + Num(trainer->params()[1]) + "), " +
                                                          Num(distance) + " from the minimum");
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
  std::string name;
  SurfaceParams params;
  ReadSurfaceOptions(spec.Get("surface"), &name, &params);
  TrainerConfig config;
  ReadTrainerOptions(spec.Get("trainer"), &config);
  if (!check.That(name == "bowl" && config.optimizer.kind == OptimizerKind::kSgd &&
                      config.schedule.kind == ScheduleKind::kConstant,
                  "the closed form is for constant-rate sgd on the bowl")) {
    return;
  }
  const double kappa = params.condition_number;
  const double angle = params.rotation_degrees * kPi / 180;
  const double rate = config.learning_rate;
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

}  // namespace descent::testing
