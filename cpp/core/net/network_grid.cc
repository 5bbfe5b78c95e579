#include "core/net/network_grid.h"

#include <algorithm>
#include "core/message.h"

#include "core/net/network_metrics.h"

namespace descent {

std::string NetworkGrid::Validate(const Network& network, int resolution) {
  MessageBuilder message;
  if (network.config().features.empty() && network.config().input_dim != 2) {
    message << "the grid needs 2-D inputs, but the network takes " << network.config().input_dim
            << " raw inputs";
    return message.str();
  }
  if (resolution < 2 || resolution > kMaxResolution) {
    message << "grid resolution is " << resolution << "; it must be 2 to " << kMaxResolution;
    return message.str();
  }
  return "";
}

NetworkGrid::NetworkGrid(const Network* network, int resolution)
    : network_(network), resolution_(resolution) {
  workspace_.Allocate(network->layout(), Network::kChunkColumns);
  const int cells = resolution * resolution;
  neurons_.assign(static_cast<size_t>(network->layout().NeuronCount()) * cells, 0.0f);
  output_.assign(cells, 0.0f);
  classes_.assign(cells, 0);
}

void NetworkGrid::Evaluate(const Eigen::VectorXd& params, double x_min, double x_max,
                           double y_min, double y_max) {
  const NetworkLayout& layout = network_->layout();
  const int layers = layout.LayerCount();
  const int outputs = network_->config().outputs;
  const int cells = resolution_ * resolution_;
  const double x_step = (x_max - x_min) / (resolution_ - 1);
  const double y_step = (y_max - y_min) / (resolution_ - 1);
  const double threshold = DecisionThreshold(*network_);
  for (int first = 0; first < cells; first += workspace_.capacity) {
    const int count = std::min(workspace_.capacity, cells - first);
    for (int c = 0; c < count; ++c) {
      const int cell = first + c;
      const double point[2] = {x_min + x_step * (cell % resolution_),
                               y_min + y_step * (cell / resolution_)};
      network_->InputToFeatures(point, workspace_.a[0].col(c).data());
    }
    network_->Forward(params, count, &workspace_);
    for (int l = 0; l <= layers; ++l) {
      for (int j = 0; j < layout.LayerSize(l); ++j) {
        float* out = neurons_.data() + static_cast<size_t>(layout.NeuronOffset(l) + j) * cells +
                     first;
        for (int c = 0; c < count; ++c) out[c] = static_cast<float>(workspace_.a[l](j, c));
      }
    }
    for (int c = 0; c < count; ++c) {
      output_[first + c] = static_cast<float>(workspace_.a[layers](0, c));
      classes_[first + c] = ClassOf(workspace_.a[layers].col(c).data(), outputs, threshold);
    }
  }
}

}  // namespace descent
