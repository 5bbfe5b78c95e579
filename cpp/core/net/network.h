// A multilayer perceptron as an Objective over its flat parameter vector θ (layout in
// network_layout.h), so the shared Trainer and optimizers train it like any other cost.
//
// Cost (docs/architecture.md): C(θ) = (1/m) Σ_x C_x + penalty, C_x from cost.h, the penalty on
// weights only (network_config.h). Forward and backward run on matrices holding one sample per
// column: Z^l = W^l A^{l−1} + b^l, A^l = σ(Z^l); δ^L from the cost (BP1), δ^l = ((W^{l+1})ᵀ
// δ^{l+1}) ⊙ σ'(z^l) (BP2), ∂C/∂b^l = mean δ^l (BP3), ∂C/∂W^l = mean δ^l (a^{l−1})ᵀ (BP4).
//
// Samples are processed in chunks of at most kChunkColumns columns in buffers allocated once at
// construction, so Evaluate never allocates whatever the batch size.
#ifndef DESCENT_CORE_NET_NETWORK_H_
#define DESCENT_CORE_NET_NETWORK_H_

#include <string>
#include <vector>

#include "core/eigen.h"
#include "core/net/network_config.h"
#include "core/net/network_layout.h"
#include "core/objective.h"
#include "core/random.h"

namespace descent {

enum class DataSplit { kTrain, kTest };

// Per-layer matrices for up to `capacity` samples, one per column; a chunk of m samples uses
// leftCols(m). Index l = 0..L: a[0] holds the features (layer 0), z[0] is unused, delta[0]
// receives ∂C_x/∂a^0 when asked for (how the cost responds to each input feature).
struct BatchWorkspace {
  std::vector<Eigen::MatrixXd> z, a, delta;
  Eigen::MatrixXd targets;             // (outputs, capacity)
  std::vector<double> column_weights;  // one layer's W^l column-major, for the forward product
  int capacity = 0;
  void Allocate(const NetworkLayout& layout, int columns);
};

class Network : public Objective {
 public:
  static constexpr int kChunkColumns = 256;

  // `config` must be valid (ValidateNetwork(config) is empty); callers validate first.
  explicit Network(const NetworkConfig& config);

  const NetworkConfig& config() const { return config_; }
  const NetworkLayout& layout() const { return layout_; }
  int LayerCount() const { return layout_.LayerCount(); }

  // Sets the training (or test) data: row i of `inputs` (config.input_dim numbers, the raw
  // point) and of `targets` (config.outputs numbers). Features are computed here, once.
  // Returns "" or a readable message; on error the data are unchanged.
  std::string SetData(const RowMatrix& inputs, const RowMatrix& targets);
  std::string SetTestData(const RowMatrix& inputs, const RowMatrix& targets);
  // The same from flat row-major arrays of count × input_dim and count × outputs numbers.
  std::string SetData(const double* inputs, const double* targets, int count);
  std::string SetTestData(const double* inputs, const double* targets, int count);
  int TestSampleCount() const { return static_cast<int>(test_.features.cols()); }
  // Layer 0 of every sample, (input width, n), and targets, (outputs, n).
  const Eigen::MatrixXd& Features(DataSplit split) const { return Data(split).features; }
  const Eigen::MatrixXd& Targets(DataSplit split) const { return Data(split).targets; }

  // Resizes and fills *params by the config's initialisation scheme.
  void Initialize(Eigen::VectorXd* params, Random* random) const;

  // Objective, on the training data.
  int ParameterCount() const override { return layout_.ParameterCount(); }
  int SampleCount() const override { return static_cast<int>(train_.features.cols()); }
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                  Eigen::VectorXd* gradient) override;

  // Mean cost over all samples of a split, penalty included (0 samples: the penalty alone).
  // Leaves the layer statistics alone.
  double Cost(const Eigen::VectorXd& params, DataSplit split);
  // The penalty term alone, and its gradient added into *gradient.
  double Penalty(const Eigen::VectorXd& params) const;
  void AddPenaltyGradient(const Eigen::VectorXd& params, Eigen::VectorXd* gradient) const;

  // Statistics of the last Evaluate that computed a gradient, entry l − 1 for layer l = 1..L:
  // the mean over the batch of the per-sample norm ‖δ^l_x‖₂ (δ of the per-sample cost C_x),
  // and the Frobenius norms of ∂C/∂W^l (penalty included) and ∂C/∂b^l. Zero before any.
  const std::vector<double>& delta_norms() const { return delta_norms_; }
  const std::vector<double>& weight_gradient_norms() const { return weight_gradient_norms_; }
  const std::vector<double>& bias_gradient_norms() const { return bias_gradient_norms_; }
  // Whether Evaluate computes those statistics (default true). A caller that reads them only
  // after the last of many steps (the Network lab samples once per frame) turns them off for
  // the others: about 15% less work per step, and cost, gradient and θ are bit-identical
  // either way (the statistics are only read off the finished δ and gradient). While off, the
  // statistics keep the values of the last Evaluate that computed them.
  void set_record_layer_norms(bool record) { record_layer_norms_ = record; }
  bool record_layer_norms() const { return record_layer_norms_; }

  // Single weights and biases, layers l = 1..L (see NetworkLayout for the indices).
  double GetWeight(const Eigen::VectorXd& params, int l, int j, int k) const {
    return params[layout_.WeightIndex(l, j, k)];
  }
  void SetWeight(Eigen::VectorXd* params, int l, int j, int k, double value) const {
    (*params)[layout_.WeightIndex(l, j, k)] = value;
  }
  double GetBias(const Eigen::VectorXd& params, int l, int j) const {
    return params[layout_.BiasIndex(l, j)];
  }
  void SetBias(Eigen::VectorXd* params, int l, int j, double value) const {
    (*params)[layout_.BiasIndex(l, j)] = value;
  }

  // Building blocks for probes, grids and metrics that keep their own workspaces.
  // Layer 0 of a raw input point (config.input_dim numbers) into out (input width numbers).
  void InputToFeatures(const double* input, double* out) const;
  // Copies layer 0 and targets of samples batch[first..first+count) (or first..first+count
  // when batch is empty) into columns 0..count of the workspace.
  void LoadSamples(DataSplit split, const std::vector<int>& batch, int first, int count,
                   BatchWorkspace* workspace) const;
  // Forward pass on columns 0..count of workspace->a[0].
  void Forward(const Eigen::VectorXd& params, int count, BatchWorkspace* workspace) const;
  // δ^L..δ^1 (and δ^0 = ∂C_x/∂a^0 when input_delta) after Forward, against workspace->targets.
  void Backward(const Eigen::VectorXd& params, int count, bool input_delta,
                BatchWorkspace* workspace) const;
  // Adds Σ_x of the per-sample gradient (δ^l (a^{l−1})ᵀ and δ^l) of columns 0..count into
  // *gradient (laid out like θ), after Backward.
  void AccumulateGradient(int count, const BatchWorkspace& workspace,
                          Eigen::VectorXd* gradient) const;

 private:
  struct DataSet {
    Eigen::MatrixXd features;  // (input width, n)
    Eigen::MatrixXd targets;   // (outputs, n)
  };
  const DataSet& Data(DataSplit split) const { return split == DataSplit::kTrain ? train_ : test_; }
  std::string ReadData(const double* inputs, const double* targets, int count, DataSet* out);
  // Mean cost (and gradient, and layer statistics when recording) over `batch` of a split.
  double Run(DataSplit split, const Eigen::VectorXd& params, const std::vector<int>& batch,
             Eigen::VectorXd* gradient, bool record_stats);

  NetworkConfig config_;
  NetworkLayout layout_;
  DataSet train_, test_;
  BatchWorkspace workspace_;
  std::vector<double> delta_norms_, weight_gradient_norms_, bias_gradient_norms_;
  bool record_layer_norms_ = true;
};

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_H_
