#include "bindings/trainer_handle.h"

#include "bindings/js_args.h"
#include "bindings/options_js.h"
#include "bindings/refusal.h"
#include "core/message.h"
#include "core/optim/trainer_options.h"

namespace descent::bindings {

using emscripten::val;

namespace {
// One call may run many steps (one crossing per frame), but never so many that the page
// freezes for seconds on a mistyped number.
constexpr int kMaxStepsPerCall = 10'000'000;
}  // namespace

val HistoryValues(const History& history) {
  return val(
      emscripten::typed_memory_view(history.size() * history.width(), history.values().data()));
}

val HistorySteps(const History& history) {
  return val(emscripten::typed_memory_view(history.size(), history.steps().data()));
}

TrainerHandle* TrainerHandle::Create(std::shared_ptr<Objective> objective, const val& options,
                                     const val& initial) {
  TrainerOptions read;
  TrainerConfig config;
  Eigen::VectorXd start;
  if (Refused(ReadTrainerOptions(options, &read)) ||
      Refused(MakeTrainerConfig(read, *objective, TrainerConfig().path_capacity, &config)) ||
      Refused(
          ReadNumberArray(initial, objective->ParameterCount(), "initial parameters", &start))) {
    return nullptr;
  }
  return new TrainerHandle(std::move(objective), config, start);
}

TrainerHandle::TrainerHandle(std::shared_ptr<Objective> objective, const TrainerConfig& config,
                             const Eigen::VectorXd& initial)
    : objective_(std::move(objective)), trainer_(objective_.get(), config, initial) {}

int TrainerHandle::Step(int n) {
  if (Refused(CheckRange(n, 0, kMaxStepsPerCall, "steps per call"))) return 0;
  return trainer_.Step(n);
}

void TrainerHandle::ResetTo(const val& initial) {
  Eigen::VectorXd start;
  if (Refused(ReadNumberArray(initial, ParameterCount(), "initial parameters", &start))) return;
  trainer_.Reset(start);
}

void TrainerHandle::SetParam(int index, double value) {
  if (Refused(CheckRange(index, 0, ParameterCount() - 1, "parameter index")) ||
      Refused(CheckFinite(value, "parameter value"))) {
    return;
  }
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
