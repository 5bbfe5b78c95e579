#include "core/net/network_grid.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/message.h"
#include "core/net/network_metrics.h"

namespace descent {

namespace {

constexpr size_t kChunkCells = 512;

// z[c] += Σ_k w[k] · a_k[c] over cells, four inputs per pass so that z is loaded and stored a
// quarter as often: the inner loops of the forward pass.
void AddWeightedRows(const float* w, const float* const* a, int inputs, int count,
                     float* __restrict z) {
  int k = 0;
  for (; k + 4 <= inputs; k += 4) {
    const float w0 = w[k], w1 = w[k + 1], w2 = w[k + 2], w3 = w[k + 3];
    const float* __restrict a0 = a[k];
    const float* __restrict a1 = a[k + 1];
    const float* __restrict a2 = a[k + 2];
    const float* __restrict a3 = a[k + 3];
    for (int c = 0; c < count; ++c) z[c] += w0 * a0[c] + w1 * a1[c] + w2 * a2[c] + w3 * a3[c];
  }
  for (; k < inputs; ++k) {
    const float wk = w[k];
    const float* __restrict ak = a[k];
    for (int c = 0; c < count; ++c) z[c] += wk * ak[c];
  }
}

// Eigen's generic_fast_tanh_float (Eigen/src/Core/MathFunctionsImpl.h) as plain code that
// vectorises: a 13/6 rational approximation, a couple of ulp from tanh on [−kTanhClamp,
// kTanhClamp], for x already clamped to that range (where float tanh reaches ±1). Eigen's
// tanh(x) = x branch for |x| < 4e-4 is left out (a branch stops vectorisation): there the
// rational form is within 1.3e-7 relative of x, far below display precision. T is float or a
// vector of floats.
constexpr float kTanhClamp = 7.90531110763549805f;
template <typename T>
inline T RationalTanh(T x) {
  const T x2 = x * x;
  T p = x2 * -2.76076847742355e-16f + 2.00018790482477e-13f;
  p = x2 * p + -8.60467152213735e-11f;
  p = x2 * p + 5.12229709037114e-08f;
  p = x2 * p + 1.48572235717979e-05f;
  p = x2 * p + 6.37261928875436e-04f;
  p = x2 * p + 4.89352455891786e-03f;
  p = x * p;
  T q = x2 * 1.19825839466702e-06f + 1.18534705686654e-04f;
  q = x2 * q + 2.26843463243900e-03f;
  q = x2 * q + 4.89352518554385e-03f;
  return p / q;
}

inline float FastTanh(float x) {
  return RationalTanh(std::min(std::max(x, -kTanhClamp), kTanhClamp));
}

// values[c] = FastTanh(scale · values[c]) for c < count.
void TanhRow(float scale, float* values, int count) {
  int c = 0;
#if defined(__wasm_simd128__)
  // The clamp that std::min/max become in wasm (f32x4.min/max, which propagate NaN) costs V8
  // several x64 instructions each, a third of the grid's time; the pseudo-min/max (b < a ? b : a)
  // are one each, and clang 14 only emits them through its builtins. NaN stays NaN either way.
  typedef float Float4 __attribute__((vector_size(16)));
  const Float4 high = {kTanhClamp, kTanhClamp, kTanhClamp, kTanhClamp};
  for (; c + 4 <= count; c += 4) {
    Float4 x;
    std::memcpy(&x, values + c, sizeof x);  // one v128.load, any alignment
    x = __builtin_wasm_pmax_f32x4(-high, __builtin_wasm_pmin_f32x4(high, x * scale));
    x = RationalTanh(x);
    std::memcpy(values + c, &x, sizeof x);
  }
#endif
  for (; c < count; ++c) values[c] = FastTanh(scale * values[c]);
}

// values[c] = σ(values[c]) for an element-wise activation (not softmax).
void ActivateInPlace(Activation activation, float* values, int count) {
  switch (activation) {
    case Activation::kTanh:
      TanhRow(1.0f, values, count);
      break;
    case Activation::kSigmoid:  // σ(z) = (1 + tanh(z/2))/2
      TanhRow(0.5f, values, count);
      for (int c = 0; c < count; ++c) values[c] = 0.5f + 0.5f * values[c];
      break;
    case Activation::kRelu:
      for (int c = 0; c < count; ++c) values[c] = std::max(values[c], 0.0f);
      break;
    case Activation::kLeakyRelu:
      for (int c = 0; c < count; ++c) {
        values[c] = values[c] > 0.0f ? values[c] : static_cast<float>(kLeakyReluSlope) * values[c];
      }
      break;
    case Activation::kSoftplus:
      for (int c = 0; c < count; ++c) {
        values[c] = std::max(values[c], 0.0f) + std::log1p(std::exp(-std::abs(values[c])));
      }
      break;
    case Activation::kLinear:
    case Activation::kSoftmax:
      break;
  }
}

// Softmax down each column c of `neurons` rows starting at `first_row`, `stride` apart.
void SoftmaxColumns(float* first_row, size_t stride, int neurons, int count) {
  for (int c = 0; c < count; ++c) {
    float shift = first_row[c];
    for (int j = 1; j < neurons; ++j) shift = std::max(shift, first_row[j * stride + c]);
    float sum = 0.0f;
    for (int j = 0; j < neurons; ++j) {
      float& value = first_row[j * stride + c];
      value = std::exp(value - shift);
      sum += value;
    }
    for (int j = 0; j < neurons; ++j) first_row[j * stride + c] /= sum;
  }
}

}  // namespace

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
  const NetworkLayout& layout = network->layout();
  params_.resize(network->ParameterCount());
  features_.resize(layout.LayerSize(0));
  input_rows_.resize(layout.MaxLayerSize());
  output_column_.resize(network->config().outputs);
  const int cells = resolution * resolution;
  neurons_.assign(static_cast<size_t>(layout.NeuronCount()) * cells, 0.0f);
  output_.assign(cells, 0.0f);
  classes_.assign(cells, 0);
}

void NetworkGrid::Evaluate(const Eigen::VectorXd& params, double x_min, double x_max, double y_min,
                           double y_max) {
  const NetworkLayout& layout = network_->layout();
  const NetworkConfig& config = network_->config();
  const int layers = layout.LayerCount();
  const size_t cells = static_cast<size_t>(resolution_) * resolution_;
  for (size_t i = 0; i < params_.size(); ++i) params_[i] = static_cast<float>(params[i]);
  // Row of neuron (l, j): its value at every cell.
  auto row = [&](int l, int j) { return neurons_.data() + (layout.NeuronOffset(l) + j) * cells; };

  const double x_step = (x_max - x_min) / (resolution_ - 1);
  const double y_step = (y_max - y_min) / (resolution_ - 1);
  for (size_t cell = 0; cell < cells; ++cell) {
    const double point[2] = {x_min + x_step * static_cast<double>(cell % resolution_),
                             y_min + y_step * static_cast<double>(cell / resolution_)};
    network_->InputToFeatures(point, features_.data());
    for (int k = 0; k < layout.LayerSize(0); ++k)
      row(0, k)[cell] = static_cast<float>(features_[k]);
  }
  // Chunks of cells small enough that a layer's inputs stay in cache while its rows are built.
  for (size_t first = 0; first < cells; first += kChunkCells) {
    const int count = static_cast<int>(std::min(kChunkCells, cells - first));
    for (int l = 1; l <= layers; ++l) {
      const float* weights = params_.data() + layout.WeightOffset(l);
      const float* biases = params_.data() + layout.BiasOffset(l);
      const int inputs = layout.LayerSize(l - 1);
      for (int k = 0; k < inputs; ++k) input_rows_[k] = row(l - 1, k) + first;
      const Activation activation =
          l == layers ? config.output_activation : config.hidden_activation;
      for (int j = 0; j < layout.LayerSize(l); ++j) {
        float* z = row(l, j) + first;
        std::fill(z, z + count, biases[j]);
        AddWeightedRows(weights + j * inputs, input_rows_.data(), inputs, count, z);
        if (activation != Activation::kSoftmax) ActivateInPlace(activation, z, count);
      }
      if (activation == Activation::kSoftmax) {
        SoftmaxColumns(row(l, 0) + first, cells, layout.LayerSize(l), count);
      }
    }
  }

  const double threshold = DecisionThreshold(*network_);
  const float* output = row(layers, 0);
  std::copy(output, output + cells, output_.begin());
  for (size_t cell = 0; cell < cells; ++cell) {
    for (int k = 0; k < config.outputs; ++k) output_column_[k] = row(layers, k)[cell];
    classes_[cell] = ClassOf(output_column_.data(), config.outputs, threshold);
  }
}

}  // namespace descent
