#include "core/net/network_probe.h"

#include "core/net/cost.h"

namespace descent {

NetworkProbe::NetworkProbe(const Network* network) : network_(network) {
  const NetworkLayout& layout = network->layout();
  workspace_.Allocate(layout, 1);
  z_.assign(layout.NeuronCount(), 0.0);
  a_.assign(layout.NeuronCount(), 0.0);
  delta_.assign(layout.NeuronCount(), 0.0);
  gradient_.setZero(layout.ParameterCount());
}

bool NetworkProbe::TraceSample(const Eigen::VectorXd& params, DataSplit split, int index) {
  if (index < 0 || index >= network_->Features(split).cols()) return false;
  network_->LoadSamples(split, {}, index, 1, &workspace_);
  Trace(params);
  return true;
}

void NetworkProbe::TraceInput(const Eigen::VectorXd& params, const double* input,
                              const double* target) {
  network_->InputToFeatures(input, workspace_.a[0].col(0).data());
  for (int k = 0; k < network_->config().outputs; ++k) workspace_.targets(k, 0) = target[k];
  Trace(params);
}

void NetworkProbe::Trace(const Eigen::VectorXd& params) {
  const NetworkLayout& layout = network_->layout();
  const int layers = layout.LayerCount();
  network_->Forward(params, 1, &workspace_);
  network_->Backward(params, 1, true, &workspace_);
  gradient_.setZero();
  network_->AccumulateGradient(1, workspace_, &gradient_);
  cost_ = SumCost(network_->config().cost, network_->config().output_activation,
                  workspace_.z[layers], workspace_.a[layers], workspace_.targets);
  for (int l = 0; l <= layers; ++l) {
    const int offset = layout.NeuronOffset(l);
    for (int j = 0; j < layout.LayerSize(l); ++j) {
      a_[offset + j] = workspace_.a[l](j, 0);
      z_[offset + j] = l == 0 ? workspace_.a[0](j, 0) : workspace_.z[l](j, 0);
      delta_[offset + j] = workspace_.delta[l](j, 0);
    }
  }
}

}  // namespace descent
