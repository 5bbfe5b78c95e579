// The JS-facing network of the Network lab (JS name NetworkModel): owns the
// data (split into training and test parts), the Network, its Trainer and every
// buffer the page reads each frame, so a frame is one step(n) call plus a few
// views. Implemented in three files: network_handle.cpp (life cycle, training,
// plain reads), network_handle_data.cpp (data options, setData, addPoint) and
// network_handle_diagnostics.cpp (grid, probe, gradient check, landscape).
//
// Histories (all decimated like the trainer's cost history, see core/history.h):
//   per call:  ‖δ^l‖ (batch mean of the per-sample norm), ‖∂C/∂W^l‖_F and
//              ‖ΔW^l‖_F/‖W^l‖_F, one entry of L numbers (l = 1..L) per step(n)
//              call, sampled at the call's last step and stored with that step
//              number (the page calls step(n) once per frame; the other steps
//              skip the layer statistics, which costs nothing in θ or cost).
//              stepEpochs records the last step of each epoch.
//   per epoch: train and test cost over the whole split (penalty included),
//              entry t = epoch, recorded at epoch 0 (the initial weights) and
//              whenever an epoch completes.
// Changing the data (setData, addPoint) keeps the weights but restarts the
// optimizer, the counters and the histories: the old curves belong to another
// problem.
#ifndef DESCENT_BINDINGS_NETWORK_HANDLE_H_
#define DESCENT_BINDINGS_NETWORK_HANDLE_H_

#include <emscripten/val.h>

#include <memory>
#include <string>
#include <vector>

#include "bindings/network_config.h"
#include "core/data/dataset.h"
#include "core/data/generators_2d.h"
#include "core/diagnostics/landscape.h"
#include "core/history.h"
#include "core/net/network.h"
#include "core/net/network_grid.h"
#include "core/net/network_metrics.h"
#include "core/net/network_probe.h"
#include "core/optim/trainer.h"

namespace descent::bindings {

class NetworkHandle {
public:
  // networkOptions: see network_config.h. dataOptions: generator options
  // (generator_options.h) plus testFraction (0..0.9, default 0.5).
  // trainerOptions: trainer_config.h. Everything is validated (readable JS
  // Error) before anything is built.
  static NetworkHandle *Create(const emscripten::val &network_options,
                               const emscripten::val &data_options,
                               const emscripten::val &trainer_options);

  // Training. step(n): n mini-batch steps (fewer when the run stops); returns
  // steps run. Per-layer statistics: of the last step only (see above).
  int Step(int n);
  // Runs until `epochs` more epochs have completed (or the run stops); returns
  // steps run.
  int StepEpochs(int epochs);
  void Reset(); // the same initial weights, optimizer and histories cleared
  void Reinitialize(double seed); // new initial weights from `seed`, then Reset
  // New data from generator options (+ testFraction); the weights stay (see
  // above).
  void SetData(const emscripten::val &data_options);
  // Adds a training point. Binary sets: label 1 = positive class, 0 = negative;
  // multi-class: the class index; regression: the target value.
  void AddPoint(double x, double y, double label);

  // Readouts.
  double TrainCost(); // whole training split, penalty included
  double TestCost();  // whole test split (the penalty alone when empty)
  double BatchCost() const { return trainer_->cost(); }
  double Accuracy(bool test);
  emscripten::val
  Confusion(bool test); // Int32Array view, classCount² counts (true·K + pred)
  int ClassCount() const { return ClassCount_(); }
  double Threshold() const { return DecisionThreshold(*network_); }
  int StepCount() const { return trainer_->step_count(); }
  int Epoch() const { return trainer_->epoch(); }
  double LearningRate() const { return trainer_->learning_rate(); }
  std::string State() const { return RunStateName(trainer_->state()); }
  std::string StopMessage() const { return trainer_->stop_message(); }
  std::string Task() const { return task_; }

  // Parameters.
  int ParameterCount() const { return network_->ParameterCount(); }
  emscripten::val Params() const;        // view, core layout (network_layout.h)
  emscripten::val InitialParams() const; // view
  emscripten::val Gradient() const;   // view: batch gradient of the last step
  emscripten::val LayerSizes() const; // copy: [n_0, ..., n_L]
  double GetWeight(int l, int j, int k) const;
  void SetWeight(int l, int j, int k, double value);
  double GetBias(int l, int j) const;
  void SetBias(int l, int j, double value);
  void
  SetParams(const emscripten::val &params); // current θ (not the initial one)

  // Histories (views). Steps arrays hold the step (or epoch) of each entry;
  // values are row-major, entry i, layer l (1..L) at i·L + l − 1, or entry i:
  // [train, test] at 2i, 2i + 1.
  emscripten::val LayerHistorySteps() const;
  emscripten::val DeltaNormHistory() const;
  emscripten::val WeightGradientNormHistory() const;
  emscripten::val UpdateRatioHistory() const;
  emscripten::val CostHistoryEpochs() const;
  emscripten::val CostHistoryValues() const;
  emscripten::val BatchCostSteps() const;
  emscripten::val BatchCostValues() const;
  // Current per-layer values (views, L numbers) of the last step.
  emscripten::val DeltaNorms() const;
  emscripten::val WeightGradientNorms() const;
  emscripten::val UpdateRatios() const;

  // Data views: inputs n × 2 row-major (raw points), targets n × outputs
  // row-major.
  emscripten::val TrainInputs() const;
  emscripten::val TrainTargets() const;
  emscripten::val TestInputs() const;
  emscripten::val TestTargets() const;

  // Grid: NeuronCount·n² floats, neuron m (layer 0 features first, then hidden,
  // then outputs, numbered as in layerSizes) at [(m·n + row)·n + col]; row 0 at
  // yMin. View.
  emscripten::val Grid(int n, double x_min, double x_max, double y_min,
                       double y_max);

  // Probe of one sample: returns C_x; then the probe views hold the trace.
  double Probe(int index, bool test);
  emscripten::val
  ProbeZ() const; // NeuronCount numbers, neuron m as in the grid
  emscripten::val ProbeA() const;
  emscripten::val ProbeDelta() const;
  emscripten::val ProbeGradient() const; // ∂C_x/∂θ, core layout
  emscripten::val ProbeInput() const;    // [x1, x2]
  emscripten::val ProbeTarget() const;   // outputs numbers

  // Gradient check at the current θ on the whole training split (copy):
  // { analytic, numeric, relativeError: Float64Array (one per parameter),
  // maxRelativeError,
  //   maxAbsoluteError, worstIndex }. options: { step, fivePoint, indices }:
  //   indices (optional) lists the parameters to check, in that order (the
  //   arrays then hold one entry per listed index; worstIndex is a parameter
  //   index); unknown keys are an error.
  emscripten::val GradientCheck(const emscripten::val &options);

  // Loss landscape around the current θ, computed a few rows per call.
  void LandscapeBegin(int resolution, double radius, double seed);
  int LandscapeRows(
      int count); // computes the next rows; returns rows done so far
  int LandscapeResolution() const;
  double LandscapeRadius() const { return landscape_radius_; }
  emscripten::val
  LandscapeValues() const; // view, N² costs row-major (NaN: not yet)
  emscripten::val
  LandscapePath(); // view, [α0, β0, α1, β1, ...] of the trainer's path
  // View, [α, β] of the current θ on the slice: the point follows training even
  // though the slice itself stays where it was computed.
  emscripten::val LandscapeProject();

private:
  NetworkHandle() = default;
  int ClassCount_() const { return descent::ClassCount(network_->config()); }
  void BuildTrainer(const Eigen::VectorXd &start);
  void ApplyData();
  static TrainTestSplit ReadData(const emscripten::val &data_options,
                                 const NetworkConfig &config,
                                 bool outputs_given, GeneratorConfig *generator,
                                 double *test_fraction);
  void RecordEpoch();
  void RecordStep();
  void RequireLayer(int l) const;
  const Dataset &SplitData(bool test) const {
    return test ? split_.test : split_.train;
  }

  NetworkOptions options_;
  TrainerConfig trainer_config_;
  GeneratorConfig generator_;
  double test_fraction_ = 0.5;
  std::string task_;
  TrainTestSplit split_;
  std::unique_ptr<Network> network_;
  std::unique_ptr<Trainer> trainer_;
  std::unique_ptr<NetworkProbe> probe_;
  std::unique_ptr<NetworkMetrics> metrics_;
  std::unique_ptr<NetworkGrid> grids_[2];
  std::unique_ptr<LossLandscape> landscape_;
  double landscape_radius_ = 0;
  Eigen::VectorXd initial_;
  std::unique_ptr<History> delta_history_, gradient_history_, ratio_history_,
      cost_history_;
  std::vector<double> ratios_, probe_input_, probe_target_, landscape_path_,
      landscape_point_, row_;
  int last_epoch_ = 0;
  int requested_batch_ = 1;
  int next_grid_ = 0; // which grid cache slot to replace next
};

} // namespace descent::bindings

#endif // DESCENT_BINDINGS_NETWORK_HANDLE_H_
