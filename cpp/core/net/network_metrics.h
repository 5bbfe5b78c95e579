// Classification accuracy and confusion counts of a network on its training or test data.
//
// Classes: with one output, 2 classes (0 and 1) split at DecisionThreshold: 0.5 for a sigmoid
// output; for tanh and linear outputs 0 when the training targets use ±1 labels (any target
// < 0) and 0.5 when they use 0/1 labels. A value above the threshold is class 1, for outputs
// and targets alike. With several outputs, the class is the argmax (of the output and of the
// target row).
#ifndef DESCENT_CORE_NET_NETWORK_METRICS_H_
#define DESCENT_CORE_NET_NETWORK_METRICS_H_

#include <vector>

#include "core/eigen.h"
#include "core/net/network.h"

namespace descent {

int ClassCount(const NetworkConfig& config);  // outputs == 1 ? 2 : outputs
double DecisionThreshold(const Network& network);
// Class of one column of outputs (or targets), `values` pointing to config.outputs numbers.
int ClassOf(const double* values, int outputs, double threshold);

class NetworkMetrics {
 public:
  // `network` must outlive this object. Buffers are allocated here.
  explicit NetworkMetrics(const Network* network);

  // Recomputes accuracy and confusion counts on every sample of a split; returns the accuracy
  // (0 when the split is empty).
  double Compute(const Eigen::VectorXd& params, DataSplit split);

  double accuracy() const { return accuracy_; }
  int class_count() const { return class_count_; }
  // class_count² counts, row-major: confusion[true_class * class_count + predicted_class].
  const std::vector<int>& confusion() const { return confusion_; }

 private:
  const Network* network_;
  BatchWorkspace workspace_;
  int class_count_;
  std::vector<int> confusion_;
  double accuracy_ = 0;
};

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_METRICS_H_
