// The JS-facing trainer: one Trainer plus shared ownership of its Objective, so JS may delete()
// the model and the trainer in either order. Every lab but Network trains through this class.
// Methods that can refuse record the refusal (refusal.h) and return a neutral value.
#ifndef DESCENT_BINDINGS_TRAINER_HANDLE_H_
#define DESCENT_BINDINGS_TRAINER_HANDLE_H_

#include <emscripten/val.h>

#include <memory>
#include <string>

#include "core/optim/trainer.h"

namespace descent::bindings {

class TrainerHandle {
 public:
  // Reads and validates `options` (trainer_options.h) and `initial` before constructing
  // anything; nullptr when refused.
  static TrainerHandle* Create(std::shared_ptr<Objective> objective, const emscripten::val& options,
                               const emscripten::val& initial);

  int Step(int n);
  void Reset() { trainer_.Reset(); }
  void ResetTo(const emscripten::val& initial);
  void SetParam(int index, double value);

  double Cost() const { return trainer_.cost(); }
  // Cost over all samples at the current parameters (one extra evaluation).
  double FullCost();
  double LearningRate() const { return trainer_.learning_rate(); }
  int StepCount() const { return trainer_.step_count(); }
  int Epoch() const { return trainer_.epoch(); }
  int ParameterCount() const { return static_cast<int>(trainer_.params().size()); }
  std::string State() const { return RunStateName(trainer_.state()); }
  std::string StopMessage() const { return trainer_.stop_message(); }

  // Views (Float64Array aliasing wasm memory; valid until the next call into the module).
  emscripten::val Params() const;
  emscripten::val Gradient() const;
  emscripten::val LastUpdate() const;
  emscripten::val Velocity() const;
  emscripten::val FirstMoment() const;
  emscripten::val SecondMoment() const;
  emscripten::val StepSizes() const;
  emscripten::val CostSteps() const;   // step index of each cost-history entry
  emscripten::val CostValues() const;  // the batch cost of each entry
  emscripten::val PathSteps() const;
  emscripten::val PathValues() const;  // row-major: entry i, parameter k at i * n + k

 private:
  TrainerHandle(std::shared_ptr<Objective> objective, const TrainerConfig& config,
                const Eigen::VectorXd& initial);
  std::shared_ptr<Objective> objective_;
  Trainer trainer_;
};

// Views of a History's steps and values (row-major, width() numbers per entry).
emscripten::val HistorySteps(const History& history);
emscripten::val HistoryValues(const History& history);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_TRAINER_HANDLE_H_
