#include "bindings/trainer_handle.h"

#include "bindings/js_args.h"
#include "bindings/trainer_config.h"

namespace descent::bindings {

using emscripten::val;

namespace {
// One call may run many steps (one crossing per frame), but never so many that the page
// freezes for seconds on a mistyped number.
constexpr int kMaxStepsPerCall = 10'000'000;

val HistoryValues(const History& history) {
  return val(emscripten::typed_memory_view(history.size() * history.width(),
                                           history.values().data()));
}
val HistorySteps(const History& history) {
  return val(emscripten::typed_memory_view(history.size(), history.steps().data()));
}
}  // namespace

TrainerHandle* TrainerHandle::Create(std::shared_ptr<Objective> objective, const val& options,
                                     const val& initial) {
  const TrainerConfig config = ReadTrainerConfig(options, *objective);
  const Eigen::VectorXd start =
      ReadNumberArray(initial, objective->ParameterCount(), "initial parameters");
  return new TrainerHandle(std::move(objective), config, start);
}

TrainerHandle::TrainerHandle(std::shared_ptr<Objective> objective, const TrainerConfig& config,
                             const Eigen::VectorXd& initial)
    : objective_(std::move(objective)), trainer_(objective_.get(), config, initial) {}

int TrainerHandle::Step(int n) {
  RequireRange(n, 0, kMaxStepsPerCall, "steps per call");
  return trainer_.Step(n);
}

void TrainerHandle::Reset() { trainer_.Reset(); }

void TrainerHandle::ResetTo(const val& initial) {
  trainer_.Reset(ReadNumberArray(initial, ParameterCount(), "initial parameters"));
}

void TrainerHandle::SetParam(int index, double value) {
  RequireRange(index, 0, ParameterCount() - 1, "parameter index");
  RequireFinite(value, "parameter value");
  (*trainer_.mutable_params())[index] = value;
}

double TrainerHandle::FullCost() {
  static const std::vector<int> kAllSamples;
  return objective_->Evaluate(trainer_.params(), kAllSamples, nullptr);
}

val TrainerHandle::Params() const { return View(trainer_.params()); }
val TrainerHandle::Gradient() const { return View(trainer_.gradient()); }
val TrainerHandle::LastUpdate() const { return View(trainer_.optimizer().last_update()); }
val TrainerHandle::Velocity() const { return View(trainer_.optimizer().velocity()); }
val TrainerHandle::FirstMoment() const { return View(trainer_.optimizer().first_moment()); }
val TrainerHandle::SecondMoment() const { return View(trainer_.optimizer().second_moment()); }
val TrainerHandle::StepSizes() const { return View(trainer_.optimizer().step_sizes()); }
val TrainerHandle::CostSteps() const { return HistorySteps(trainer_.cost_history()); }
val TrainerHandle::CostValues() const { return HistoryValues(trainer_.cost_history()); }
val TrainerHandle::PathSteps() const { return HistorySteps(trainer_.path()); }
val TrainerHandle::PathValues() const { return HistoryValues(trainer_.path()); }

}  // namespace descent::bindings
