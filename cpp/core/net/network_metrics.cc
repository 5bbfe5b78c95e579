#include "core/net/network_metrics.h"

#include <algorithm>

namespace descent {

int ClassCount(const NetworkConfig& config) { return config.outputs == 1 ? 2 : config.outputs; }

double DecisionThreshold(const Network& network) {
  if (network.config().output_activation == Activation::kSigmoid) return 0.5;
  const Eigen::MatrixXd& targets = network.Targets(DataSplit::kTrain);
  const bool signed_labels = targets.size() > 0 && targets.minCoeff() < 0;
  return signed_labels ? 0.0 : 0.5;
}

int ClassOf(const double* values, int outputs, double threshold) {
  if (outputs == 1) return values[0] > threshold ? 1 : 0;
  return static_cast<int>(std::max_element(values, values + outputs) - values);
}

NetworkMetrics::NetworkMetrics(const Network* network)
    : network_(network), class_count_(ClassCount(network->config())) {
  workspace_.Allocate(network->layout(), Network::kChunkColumns);
  confusion_.assign(class_count_ * class_count_, 0);
}

double NetworkMetrics::Compute(const Eigen::VectorXd& params, DataSplit split) {
  std::fill(confusion_.begin(), confusion_.end(), 0);
  const int total = static_cast<int>(network_->Features(split).cols());
  const int layers = network_->LayerCount();
  const int outputs = network_->config().outputs;
  const double threshold = DecisionThreshold(*network_);
  int correct = 0;
  for (int first = 0; first < total; first += workspace_.capacity) {
    const int count = std::min(workspace_.capacity, total - first);
    network_->LoadSamples(split, {}, first, count, &workspace_);
    network_->Forward(params, count, &workspace_);
    for (int c = 0; c < count; ++c) {
      const int predicted = ClassOf(workspace_.a[layers].col(c).data(), outputs, threshold);
      const int actual = ClassOf(workspace_.targets.col(c).data(), outputs, threshold);
      ++confusion_[actual * class_count_ + predicted];
      if (predicted == actual) ++correct;
    }
  }
  accuracy_ = total > 0 ? static_cast<double>(correct) / total : 0.0;
  return accuracy_;
}

}  // namespace descent
