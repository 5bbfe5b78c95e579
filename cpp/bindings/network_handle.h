// The JS-facing network of the Network lab (JS name NetworkModel): a thin mapping of
// core/net/network_session.h, which owns the data, the network, its trainer, the histories and
// every rule. Here JS arguments become core arguments, core buffers become views (aliasing wasm
// memory, valid until the next call) or copies, and refusals become values (refusal.h): a
// method that refuses returns 0, nothing or undefined.
#ifndef DESCENT_BINDINGS_NETWORK_HANDLE_H_
#define DESCENT_BINDINGS_NETWORK_HANDLE_H_

#include <emscripten/val.h>

#include <memory>
#include <string>

#include "core/net/network_session.h"

namespace descent::bindings {

class NetworkHandle {
 public:
  // networkOptions, dataOptions, trainerOptions: see options_js.h and the core structs they
  // fill. nullptr when refused (nothing is built then).
  static NetworkHandle* Create(const emscripten::val& network_options,
                               const emscripten::val& data_options,
                               const emscripten::val& trainer_options);

  // Training.
  int Step(int n);
  int StepEpochs(int epochs);
  void Reset() { session_->Reset(); }
  void Reinitialize(double seed);
  void SetData(const emscripten::val& data_options);
  void AddPoint(double x, double y, double label);

  // Readouts.
  double TrainCost() { return session_->TrainCost(); }
  double TestCost() { return session_->TestCost(); }
  double BatchCost() const { return session_->BatchCost(); }
  double Accuracy(bool test) { return session_->Accuracy(test); }
  emscripten::val Confusion(bool test);  // Int32Array view, classCount² counts
  int ClassCount() const { return session_->ClassCount(); }
  double Threshold() const { return session_->Threshold(); }
  int StepCount() const { return session_->trainer().step_count(); }
  int Epoch() const { return session_->trainer().epoch(); }
  double LearningRate() const { return session_->trainer().learning_rate(); }
  std::string State() const { return RunStateName(session_->trainer().state()); }
  std::string StopMessage() const { return session_->trainer().stop_message(); }
  std::string Task() const { return GeneratorTaskName(session_->task()); }

  // Parameters.
  int ParameterCount() const { return session_->ParameterCount(); }
  emscripten::val Params() const;         // view
  emscripten::val InitialParams() const;  // view
  emscripten::val Gradient() const;       // view
  emscripten::val LayerSizes() const;     // copy: [n_0, ..., n_L]
  double GetWeight(int l, int j, int k) const;
  void SetWeight(int l, int j, int k, double value);
  double GetBias(int l, int j) const;
  void SetBias(int l, int j, double value);
  void SetParams(const emscripten::val& params);

  // Histories and per-layer values (views).
  emscripten::val LayerHistorySteps() const;
  emscripten::val DeltaNormHistory() const;
  emscripten::val WeightGradientNormHistory() const;
  emscripten::val UpdateRatioHistory() const;
  emscripten::val CostHistoryEpochs() const;
  emscripten::val CostHistoryValues() const;
  emscripten::val BatchCostSteps() const;
  emscripten::val BatchCostValues() const;
  emscripten::val DeltaNorms() const;
  emscripten::val WeightGradientNorms() const;
  emscripten::val UpdateRatios() const;

  // Data (views): inputs n × 2 row-major, targets n × outputs row-major.
  emscripten::val TrainInputs() const;
  emscripten::val TrainTargets() const;
  emscripten::val TestInputs() const;
  emscripten::val TestTargets() const;

  // Diagnostics (views unless said otherwise).
  emscripten::val Grid(int n, double x_min, double x_max, double y_min, double y_max);
  double Probe(int index, bool test);
  emscripten::val ProbeZ() const;
  emscripten::val ProbeA() const;
  emscripten::val ProbeDelta() const;
  emscripten::val ProbeGradient() const;
  emscripten::val ProbeInput() const;
  emscripten::val ProbeTarget() const;
  // { analytic, numeric, relativeError: Float64Array copies, maxRelativeError,
  // maxAbsoluteError, worstIndex }; options { step, fivePoint, indices } (no other keys).
  emscripten::val GradientCheck(const emscripten::val& options);
  void LandscapeBegin(int resolution, double radius, double seed);
  int LandscapeRows(int count);
  int LandscapeResolution() const { return session_->landscape_resolution(); }
  double LandscapeRadius() const { return session_->landscape_radius(); }
  emscripten::val LandscapeValues() const;
  emscripten::val LandscapePath();
  emscripten::val LandscapeProject();

 private:
  explicit NetworkHandle(std::unique_ptr<NetworkSession> session) : session_(std::move(session)) {}
  std::unique_ptr<NetworkSession> session_;
};

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_NETWORK_HANDLE_H_
