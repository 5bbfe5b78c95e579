// A one-sample trace through the network for the step-through view: every z, a and δ with
// numbers, and the per-sample gradient, so a student can follow the forward pass and BP1–BP4.
#ifndef DESCENT_CORE_NET_NETWORK_PROBE_H_
#define DESCENT_CORE_NET_NETWORK_PROBE_H_

#include <vector>

#include "core/eigen.h"
#include "core/net/network.h"

namespace descent {

class NetworkProbe {
 public:
  // `network` must outlive the probe. Buffers are allocated here, never while tracing.
  explicit NetworkProbe(const Network* network);

  // Traces sample `index` of a split. False (buffers unchanged) for an index out of range.
  bool TraceSample(const Eigen::VectorXd& params, DataSplit split, int index);
  // Traces a raw input point (config.input_dim numbers) against `target` (config.outputs).
  void TraceInput(const Eigen::VectorXd& params, const double* input, const double* target);

  // Per-neuron values at NeuronOffset(l) + j for layers l = 0..L (NetworkLayout):
  //   z:     z^l_j; for layer 0 the feature value itself (layer 0 has no weighted input)
  //   a:     a^l_j = σ(z^l_j); layer 0: the feature value
  //   delta: δ^l_j = ∂C_x/∂z^l_j; layer 0: ∂C_x/∂a^0_j, how the cost responds to the feature
  // C_x is the per-sample cost (no penalty); see cost.h.
  const std::vector<double>& z() const { return z_; }
  const std::vector<double>& a() const { return a_; }
  const std::vector<double>& delta() const { return delta_; }
  // ∂C_x/∂θ laid out like θ: ∂C_x/∂w^l_jk = δ^l_j a^{l−1}_k (BP4), ∂C_x/∂b^l_j = δ^l_j (BP3).
  // The penalty gradient is not included (it does not depend on the sample).
  const Eigen::VectorXd& gradient() const { return gradient_; }
  double cost() const { return cost_; }  // C_x

 private:
  void Trace(const Eigen::VectorXd& params);

  const Network* network_;
  BatchWorkspace workspace_;
  std::vector<double> z_, a_, delta_;
  Eigen::VectorXd gradient_;
  std::vector<double> input_;
  double cost_ = 0;
};

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_PROBE_H_
