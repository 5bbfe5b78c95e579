// Where each weight and bias of a multilayer network lives in the flat parameter vector θ.
//
// Layers are numbered as in seed 000: layer 0 is the input (the features), layers 1..L−1 are
// hidden and layer L is the output. W^l (l = 1..L) has shape (n_l, n_{l−1}); w^l_jk connects
// neuron k of layer l−1 to neuron j of layer l. θ holds, layer by layer,
//   W^1 (row-major: w^1_00, w^1_01, …), b^1, W^2, b^2, …, W^L, b^L,
// so WeightOffset(l) + j·n_{l−1} + k is the index of w^l_jk and BiasOffset(l) + j that of b^l_j.
// Neurons (for per-neuron buffers: probe values, thumbnails) are numbered the same way, layer 0
// included: NeuronOffset(l) + j.
#ifndef DESCENT_CORE_NET_NETWORK_LAYOUT_H_
#define DESCENT_CORE_NET_NETWORK_LAYOUT_H_

#include <vector>

#include "core/eigen.h"

namespace descent {

class NetworkLayout {
 public:
  NetworkLayout() = default;
  // layer_sizes[0] = input width, …, layer_sizes.back() = outputs; at least two entries.
  explicit NetworkLayout(const std::vector<int>& layer_sizes);

  int LayerCount() const { return static_cast<int>(sizes_.size()) - 1; }  // L
  int LayerSize(int l) const { return sizes_[l]; }                        // n_l, l = 0..L
  const std::vector<int>& layer_sizes() const { return sizes_; }
  int ParameterCount() const { return parameter_count_; }
  int NeuronCount() const { return neuron_offsets_.back(); }  // Σ_{l=0..L} n_l
  int MaxLayerSize() const { return max_size_; }

  // l = 1..L.
  int WeightOffset(int l) const { return weight_offsets_[l]; }
  int BiasOffset(int l) const { return weight_offsets_[l] + sizes_[l] * sizes_[l - 1]; }
  // Shape of W^l: rows = n_l, cols = n_{l−1}.
  int WeightRows(int l) const { return sizes_[l]; }
  int WeightCols(int l) const { return sizes_[l - 1]; }
  int WeightIndex(int l, int j, int k) const { return WeightOffset(l) + j * sizes_[l - 1] + k; }
  int BiasIndex(int l, int j) const { return BiasOffset(l) + j; }
  // l = 0..L.
  int NeuronOffset(int l) const { return neuron_offsets_[l]; }

  // Views of W^l and b^l inside θ (or inside a gradient laid out like θ). No copies.
  Eigen::Map<const RowMatrix> Weights(const Eigen::VectorXd& params, int l) const {
    return Eigen::Map<const RowMatrix>(params.data() + WeightOffset(l), sizes_[l], sizes_[l - 1]);
  }
  Eigen::Map<RowMatrix> Weights(Eigen::VectorXd* params, int l) const {
    return Eigen::Map<RowMatrix>(params->data() + WeightOffset(l), sizes_[l], sizes_[l - 1]);
  }
  Eigen::Map<const Eigen::VectorXd> Biases(const Eigen::VectorXd& params, int l) const {
    return Eigen::Map<const Eigen::VectorXd>(params.data() + BiasOffset(l), sizes_[l]);
  }
  Eigen::Map<Eigen::VectorXd> Biases(Eigen::VectorXd* params, int l) const {
    return Eigen::Map<Eigen::VectorXd>(params->data() + BiasOffset(l), sizes_[l]);
  }

 private:
  std::vector<int> sizes_;
  std::vector<int> weight_offsets_;  // index l = 1..L; entry 0 unused
  std::vector<int> neuron_offsets_;  // L + 2 entries; the last is the neuron count
  int parameter_count_ = 0;
  int max_size_ = 0;
};

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_LAYOUT_H_
