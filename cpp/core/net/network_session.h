// One training session of the Network lab: the data (split into training and test parts), the
// Network, its Trainer and every buffer the page reads each frame, so that a frame is one
// Step(n) call plus a few reads. Every method that can refuse returns "" or a readable message
// and leaves the session unchanged when it refuses. Implemented in three files:
// network_session.cc (life cycle, training, parameters), network_session_data.cc (data,
// setData, addPoint) and network_session_diagnostics.cc (grid, probe, gradient check,
// landscape).
//
// Histories (all decimated like the trainer's cost history, see core/history.h):
//   per call:  ‖δ^l‖ (batch mean of the per-sample norm), ‖∂C/∂W^l‖_F and ‖ΔW^l‖_F/‖W^l‖_F, one
//              entry of L numbers (l = 1..L) per Step(n) call, sampled at the call's last step
//              and stored with that step number (the page calls Step(n) once per frame; the
//              other steps skip the layer statistics, which changes nothing in θ or cost).
//              StepEpochs records the last step of each epoch.
//   per epoch: train and test cost over the whole split (penalty included), entry t = epoch,
//              recorded at epoch 0 (the initial weights) and whenever an epoch completes.
// Changing the data (SetData, AddPoint) keeps the weights but restarts the optimizer, the
// counters and the histories: the old curves belong to another problem.
//
// Stepping and the per-frame reads never allocate (tests/cpp/net_alloc_test.cc).
#ifndef DESCENT_CORE_NET_NETWORK_SESSION_H_
#define DESCENT_CORE_NET_NETWORK_SESSION_H_

#include <memory>
#include <string>
#include <vector>

#include "core/data/dataset.h"
#include "core/diagnostics/gradient_check.h"
#include "core/diagnostics/landscape.h"
#include "core/history.h"
#include "core/net/network.h"
#include "core/net/network_grid.h"
#include "core/net/network_metrics.h"
#include "core/net/network_options.h"
#include "core/net/network_probe.h"
#include "core/optim/trainer.h"
#include "core/optim/trainer_options.h"

namespace descent {

class NetworkSession {
 public:
  // Many steps per call are fine (one call per frame), a mistyped billion is not.
  static constexpr int kMaxStepsPerCall = 1'000'000;
  static constexpr int kMaxEpochsPerCall = 10'000;
  // The path of θ kept for landscape projections unless the trainer options say otherwise:
  // 256 entries are plenty for a drawn trail and keep an 8×16 network's record near 5 MB.
  static constexpr int kDefaultPathCapacity = 256;

  // "" and *session built, or the first refusal (nothing is built then).
  static std::string Create(const NetworkOptions& network, const NetworkDataOptions& data,
                            const TrainerOptions& trainer,
                            std::unique_ptr<NetworkSession>* session);

  // Training. Step: n mini-batch steps (fewer when the run stops); *ran receives the steps run.
  // Per-layer statistics: of the last step only (see above).
  std::string Step(int n, int* ran);
  // Runs until `epochs` more epochs have completed (or the run stops).
  std::string StepEpochs(int epochs, int* ran);
  // Back to the same initial weights; optimizer, counters and histories cleared.
  void Reset();
  // New initial weights drawn from `seed`, then Reset.
  std::string Reinitialize(double seed);
  // New data (the weights stay, see above); `outputs` must match the network's.
  std::string SetData(const NetworkDataOptions& data);
  // Adds a training point. Binary sets: label 1 = positive class, 0 = negative (written in the
  // data's encoding); multi-class: the class index; regression: the target value.
  std::string AddPoint(double x, double y, double label);

  // Readouts.
  double TrainCost();  // whole training split, penalty included
  double TestCost();   // whole test split (the penalty alone when empty)
  double BatchCost() const { return trainer_->cost(); }
  double Accuracy(bool test);
  // classCount² counts, [true class · K + predicted], of the split at the current θ.
  const std::vector<int>& Confusion(bool test);
  int ClassCount() const { return descent::ClassCount(network_->config()); }
  double Threshold() const { return DecisionThreshold(*network_); }
  GeneratorTask task() const { return task_; }
  LabelEncoding encoding() const { return generator_.encoding; }
  const Network& network() const { return *network_; }
  const Trainer& trainer() const { return *trainer_; }
  const TrainTestSplit& data() const { return split_; }

  // Parameters (layout: network_layout.h).
  int ParameterCount() const { return network_->ParameterCount(); }
  const Eigen::VectorXd& params() const { return trainer_->params(); }
  const Eigen::VectorXd& initial_params() const { return initial_; }
  const Eigen::VectorXd& gradient() const { return trainer_->gradient(); }
  const std::vector<int>& layer_sizes() const { return network_->layout().layer_sizes(); }
  std::string GetWeight(int l, int j, int k, double* value) const;
  std::string SetWeight(int l, int j, int k, double value);
  std::string GetBias(int l, int j, double* value) const;
  std::string SetBias(int l, int j, double value);
  std::string SetParams(const Eigen::VectorXd& params);  // the current θ, not the initial one

  // Histories (see above): entry i, layer l at values()[i · L + l − 1]; cost: [train, test].
  const History& delta_history() const { return *delta_history_; }
  const History& gradient_history() const { return *gradient_history_; }
  const History& ratio_history() const { return *ratio_history_; }
  const History& cost_history() const { return *cost_history_; }
  // Per-layer values (L numbers) of the last step that recorded them.
  const std::vector<double>& delta_norms() const { return network_->delta_norms(); }
  const std::vector<double>& weight_gradient_norms() const {
    return network_->weight_gradient_norms();
  }
  const std::vector<double>& update_ratios() const { return ratios_; }

  // Diagnostics (network_session_diagnostics.cc).
  // Every neuron's activation over an n×n grid of the box (NetworkGrid::neurons). Two grids
  // are cached (the page draws the heat map and the thumbnails at two resolutions).
  std::string Grid(int n, double x_min, double x_max, double y_min, double y_max,
                   const std::vector<float>** neurons);
  // Traces one sample; *cost receives C_x, probe() and the probe buffers hold the trace.
  std::string Probe(int index, bool test, double* cost);
  const NetworkProbe& probe() const { return *probe_; }
  const std::vector<double>& probe_input() const { return probe_input_; }    // [x1, x2]
  const std::vector<double>& probe_target() const { return probe_target_; }  // outputs
  // Gradient check at the current θ on the training split. `indices`, when given, lists the
  // parameters to check (whole numbers in [0, ParameterCount()), at least one).
  std::string GradientCheck(double step, bool five_point, const std::vector<double>* indices,
                            GradientCheckResult* result);
  // Loss landscape around the current θ, computed a few rows per call.
  std::string LandscapeBegin(int resolution, double radius, double seed);
  std::string LandscapeRows(int count, int* rows_done);
  int landscape_resolution() const { return landscape_ ? landscape_->resolution() : 0; }
  double landscape_radius() const { return landscape_radius_; }
  // N² costs row-major (NaN: not yet computed).
  std::string LandscapeValues(const std::vector<double>** costs) const;
  // [α0, β0, α1, β1, ...] of the trainer's recorded path on the slice.
  std::string LandscapePath(const std::vector<double>** path);
  // [α, β] of the current θ on the slice (it follows training; the slice stays).
  std::string LandscapeProject(const std::vector<double>** point);

 private:
  NetworkSession() = default;
  // The data of `data` for a network of `config` (`outputs_given`: the data must match it).
  static std::string ReadData(const NetworkDataOptions& data, const NetworkConfig& config,
                              bool outputs_given, GeneratorConfig* generator,
                              TrainTestSplit* split);
  std::string RequireNeuron(int l, int j) const;
  std::string RequireLandscape() const;
  // Hands split_ to the network and restarts training from the current θ.
  void ApplyData();
  void BuildTrainer(const Eigen::VectorXd& start);
  void ClearHistories();
  void RecordEpoch();
  void RecordStep();
  const Dataset& SplitData(bool test) const { return test ? split_.test : split_.train; }

  uint64_t seed_ = 1;
  TrainerConfig trainer_config_;
  int requested_batch_ = 1;
  GeneratorConfig generator_;
  GeneratorTask task_ = GeneratorTask::kBinary;
  TrainTestSplit split_;
  std::unique_ptr<Network> network_;
  std::unique_ptr<Trainer> trainer_;
  std::unique_ptr<NetworkProbe> probe_;
  std::unique_ptr<NetworkMetrics> metrics_;
  std::unique_ptr<NetworkGrid> grids_[2];
  int next_grid_ = 0;  // which grid cache slot to replace next
  std::unique_ptr<LossLandscape> landscape_;
  double landscape_radius_ = 0;
  Eigen::VectorXd initial_;
  std::unique_ptr<History> delta_history_, gradient_history_, ratio_history_, cost_history_;
  std::vector<double> ratios_, probe_input_, probe_target_, landscape_path_, landscape_point_;
  double cost_row_[2] = {0, 0};
  int last_epoch_ = 0;
};

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_SESSION_H_
