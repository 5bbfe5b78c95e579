#include "core/net/network_layout.h"

#include <algorithm>

namespace descent {

NetworkLayout::NetworkLayout(const std::vector<int>& layer_sizes) : sizes_(layer_sizes) {
  const int layers = LayerCount();
  weight_offsets_.assign(layers + 1, 0);
  int offset = 0;
  for (int l = 1; l <= layers; ++l) {
    weight_offsets_[l] = offset;
    offset += sizes_[l] * (sizes_[l - 1] + 1);
  }
  parameter_count_ = offset;
  neuron_offsets_.assign(layers + 2, 0);
  for (int l = 0; l <= layers; ++l) neuron_offsets_[l + 1] = neuron_offsets_[l] + sizes_[l];
  max_size_ = *std::max_element(sizes_.begin(), sizes_.end());
}

}  // namespace descent
