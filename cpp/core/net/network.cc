#include "core/net/network.h"

#include <algorithm>
#include <cmath>

#include "core/dense_kernels.h"
#include "core/message.h"
#include "core/net/cost.h"
#include "core/net/features.h"
#include "core/net/init.h"

namespace descent {

void BatchWorkspace::Allocate(const NetworkLayout& layout, int columns) {
  const int layers = layout.LayerCount();
  z.resize(layers + 1);
  a.resize(layers + 1);
  delta.resize(layers + 1);
  for (int l = 0; l <= layers; ++l) {
    const int rows = layout.LayerSize(l);
    z[l].setZero(l == 0 ? 0 : rows, columns);
    a[l].setZero(rows, columns);
    delta[l].setZero(rows, columns);
  }
  targets.setZero(layout.LayerSize(layers), columns);
  int largest = 0;
  for (int l = 1; l <= layers; ++l) {
    largest = std::max(largest, layout.WeightRows(l) * layout.WeightCols(l));
  }
  column_weights.assign(largest, 0.0);
  capacity = columns;
}

Network::Network(const NetworkConfig& config)
    : config_(config),
      layout_(MakeLayout(config)),
      delta_norms_(layout_.LayerCount(), 0.0),
      weight_gradient_norms_(layout_.LayerCount(), 0.0),
      bias_gradient_norms_(layout_.LayerCount(), 0.0) {
  workspace_.Allocate(layout_, kChunkColumns);
  train_.features.resize(layout_.LayerSize(0), 0);
  train_.targets.resize(config_.outputs, 0);
  test_ = train_;
}

std::string Network::SetData(const RowMatrix& inputs, const RowMatrix& targets) {
  if (inputs.cols() != config_.input_dim || targets.cols() != config_.outputs ||
      inputs.rows() != targets.rows()) {
    MessageBuilder message;
    message << "data: inputs are " << inputs.rows() << "×" << inputs.cols() << " and targets "
            << targets.rows() << "×" << targets.cols() << "; expected n×" << config_.input_dim
            << " and n×" << config_.outputs;
    return message.str();
  }
  return ReadData(inputs.data(), targets.data(), static_cast<int>(inputs.rows()), &train_);
}

std::string Network::SetTestData(const RowMatrix& inputs, const RowMatrix& targets) {
  if (inputs.cols() != config_.input_dim || targets.cols() != config_.outputs ||
      inputs.rows() != targets.rows()) {
    MessageBuilder message;
    message << "test data: inputs are " << inputs.rows() << "×" << inputs.cols() << " and targets "
            << targets.rows() << "×" << targets.cols() << "; expected n×" << config_.input_dim
            << " and n×" << config_.outputs;
    return message.str();
  }
  return ReadData(inputs.data(), targets.data(), static_cast<int>(inputs.rows()), &test_);
}

std::string Network::SetData(const double* inputs, const double* targets, int count) {
  return ReadData(inputs, targets, count, &train_);
}

std::string Network::SetTestData(const double* inputs, const double* targets, int count) {
  return ReadData(inputs, targets, count, &test_);
}

std::string Network::ReadData(const double* inputs, const double* targets, int count,
                              DataSet* out) {
  if (count < 0) return "data: the sample count is negative";
  const int dim = config_.input_dim;
  const int outputs = config_.outputs;
  for (int i = 0; i < count * dim; ++i) {
    if (!std::isfinite(inputs[i])) {
      MessageBuilder message;
      message << "data: input " << i / dim << " has a non-finite value " << inputs[i];
      return message.str();
    }
  }
  for (int i = 0; i < count * outputs; ++i) {
    if (!std::isfinite(targets[i])) {
      MessageBuilder message;
      message << "data: target " << i / outputs << " has a non-finite value " << targets[i];
      return message.str();
    }
  }
  out->features.resize(layout_.LayerSize(0), count);
  out->targets.resize(outputs, count);
  for (int i = 0; i < count; ++i) {
    InputToFeatures(inputs + i * dim, out->features.col(i).data());
    for (int k = 0; k < outputs; ++k) out->targets(k, i) = targets[i * outputs + k];
  }
  return "";
}

void Network::InputToFeatures(const double* input, double* out) const {
  if (config_.features.empty()) {
    std::copy(input, input + config_.input_dim, out);
  } else {
    ComputeFeatures(config_.features, input[0], input[1], out);
  }
}

void Network::Initialize(Eigen::VectorXd* params, Random* random) const {
  InitializeParameters(config_, layout_, random, params);
}

double Network::Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                         Eigen::VectorXd* gradient) {
  return Run(DataSplit::kTrain, params, batch, gradient,
             gradient != nullptr && record_layer_norms_);
}

double Network::Cost(const Eigen::VectorXd& params, DataSplit split) {
  return Run(split, params, {}, nullptr, false);
}

double Network::Penalty(const Eigen::VectorXd& params) const {
  if (config_.regularization == Regularization::kNone) return 0;
  double sum = 0;
  for (int l = 1; l <= layout_.LayerCount(); ++l) {
    const auto weights = layout_.Weights(params, l);
    sum += config_.regularization == Regularization::kL2 ? 0.5 * weights.squaredNorm()
                                                         : weights.cwiseAbs().sum();
  }
  return config_.regularization_rate * sum;
}

void Network::AddPenaltyGradient(const Eigen::VectorXd& params, Eigen::VectorXd* gradient) const {
  if (config_.regularization == Regularization::kNone) return;
  const double rate = config_.regularization_rate;
  for (int l = 1; l <= layout_.LayerCount(); ++l) {
    const auto weights = layout_.Weights(params, l);
    auto weight_gradient = layout_.Weights(gradient, l);
    if (config_.regularization == Regularization::kL2) {
      weight_gradient += rate * weights;
    } else {
      weight_gradient.array() += rate * weights.array().sign();
    }
  }
}

void Network::LoadSamples(DataSplit split, const std::vector<int>& batch, int first, int count,
                          BatchWorkspace* workspace) const {
  const DataSet& data = Data(split);
  for (int c = 0; c < count; ++c) {
    const int sample = batch.empty() ? first + c : batch[first + c];
    workspace->a[0].col(c) = data.features.col(sample);
    workspace->targets.col(c) = data.targets.col(sample);
  }
}

void Network::Forward(const Eigen::VectorXd& params, int count, BatchWorkspace* workspace) const {
  const int layers = layout_.LayerCount();
  for (int l = 1; l <= layers; ++l) {
    const int rows = layout_.LayerSize(l), inputs = layout_.LayerSize(l - 1);
    // θ holds W^l row by row; the product runs down columns of W, so copy it column-major.
    const double* weights = layout_.Weights(params, l).data();
    double* by_column = workspace->column_weights.data();
    for (int j = 0; j < rows; ++j) {
      for (int k = 0; k < inputs; ++k) by_column[j + k * rows] = weights[j * inputs + k];
    }
    auto z = workspace->z[l].leftCols(count);
    DenseProduct product;  // Z^l = b^l + W^l A^{l−1}
    product.rows = rows;
    product.cols = count;
    product.inner = inputs;
    product.a = by_column;
    product.lda = rows;
    product.b = workspace->a[l - 1].data();
    product.b_col_stride = inputs;
    product.c = z.data();
    product.ldc = rows;
    product.bias = layout_.Biases(params, l).data();
    MultiplyDense(product);
    Activate(l == layers ? config_.output_activation : config_.hidden_activation, z,
             workspace->a[l].leftCols(count));
  }
}

void Network::Backward(const Eigen::VectorXd& params, int count, bool input_delta,
                       BatchWorkspace* workspace) const {
  const int layers = layout_.LayerCount();
  OutputDelta(config_.cost, config_.output_activation, workspace->z[layers].leftCols(count),
              workspace->a[layers].leftCols(count), workspace->targets.leftCols(count),
              workspace->delta[layers].leftCols(count));
  for (int l = layers - 1; l >= (input_delta ? 0 : 1); --l) {
    const int rows = layout_.LayerSize(l), next = layout_.LayerSize(l + 1);
    DenseProduct product;  // δ^l = (W^{l+1})ᵀ δ^{l+1}; θ's rows of W^{l+1} are columns of Wᵀ
    product.rows = rows;
    product.cols = count;
    product.inner = next;
    product.a = layout_.Weights(params, l + 1).data();
    product.lda = rows;
    product.b = workspace->delta[l + 1].data();
    product.b_col_stride = next;
    product.c = workspace->delta[l].data();
    product.ldc = rows;
    MultiplyDense(product);
    if (l > 0) {
      MultiplyByDerivative(config_.hidden_activation, workspace->z[l].leftCols(count),
                           workspace->a[l].leftCols(count), workspace->delta[l].leftCols(count));
    }
  }
}

void Network::AccumulateGradient(int count, const BatchWorkspace& workspace,
                                 Eigen::VectorXd* gradient) const {
  for (int l = 1; l <= layout_.LayerCount(); ++l) {
    const int rows = layout_.LayerSize(l), inputs = layout_.LayerSize(l - 1);
    const auto delta = workspace.delta[l].leftCols(count);
    DenseProduct product;  // ∂W^l += δ^l (A^{l−1})ᵀ; θ's row j of ∂W^l as a column
    product.rows = inputs;
    product.cols = rows;
    product.inner = count;
    product.a = workspace.a[l - 1].data();
    product.lda = inputs;
    product.b = delta.data();
    product.b_inner_stride = rows;
    product.b_col_stride = 1;
    product.c = layout_.Weights(gradient, l).data();
    product.ldc = inputs;
    product.accumulate = true;
    MultiplyDense(product);
    AddRowSums(delta.data(), rows, count, layout_.Biases(gradient, l).data());
  }
}

double Network::Run(DataSplit split, const Eigen::VectorXd& params, const std::vector<int>& batch,
                    Eigen::VectorXd* gradient, bool record_stats) {
  const int layers = layout_.LayerCount();
  const int total = batch.empty() ? static_cast<int>(Data(split).features.cols())
                                  : static_cast<int>(batch.size());
  if (gradient != nullptr) gradient->setZero();
  if (record_stats) std::fill(delta_norms_.begin(), delta_norms_.end(), 0.0);
  double sum = 0;
  for (int first = 0; first < total; first += workspace_.capacity) {
    const int count = std::min(workspace_.capacity, total - first);
    LoadSamples(split, batch, first, count, &workspace_);
    Forward(params, count, &workspace_);
    sum += SumCost(config_.cost, config_.output_activation, workspace_.z[layers].leftCols(count),
                   workspace_.a[layers].leftCols(count), workspace_.targets.leftCols(count));
    if (gradient == nullptr) continue;
    Backward(params, count, false, &workspace_);
    AccumulateGradient(count, workspace_, gradient);
    if (record_stats) {
      for (int l = 1; l <= layers; ++l) {
        delta_norms_[l - 1] += workspace_.delta[l].leftCols(count).colwise().norm().sum();
      }
    }
  }
  const double scale = total > 0 ? 1.0 / total : 0.0;
  if (gradient != nullptr) {
    *gradient *= scale;
    AddPenaltyGradient(params, gradient);
    if (record_stats) {
      for (int l = 1; l <= layers; ++l) {
        delta_norms_[l - 1] *= scale;
        weight_gradient_norms_[l - 1] = layout_.Weights(*gradient, l).norm();
        bias_gradient_norms_[l - 1] = layout_.Biases(*gradient, l).norm();
      }
    }
  }
  return sum * scale + Penalty(params);
}

}  // namespace descent
