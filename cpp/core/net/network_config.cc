#include "core/net/network_config.h"

#include <cmath>
#include <iterator>

#include "core/message.h"

namespace descent {

namespace {

constexpr const char* kRegularizationNames[] = {"none", "l1", "l2"};
constexpr const char* kInitNames[] = {"uniform", "normal", "xavier", "he", "zeros"};

template <typename Enum, size_t N>
bool EnumFromName(const char* const (&names)[N], const std::string& name, Enum* value) {
  for (size_t i = 0; i < N; ++i) {
    if (name == names[i]) {
      *value = static_cast<Enum>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

const std::vector<std::string>& RegularizationNames() {
  static const std::vector<std::string> names(std::begin(kRegularizationNames),
                                              std::end(kRegularizationNames));
  return names;
}

const char* RegularizationName(Regularization regularization) {
  return kRegularizationNames[static_cast<int>(regularization)];
}

bool RegularizationFromName(const std::string& name, Regularization* regularization) {
  return EnumFromName(kRegularizationNames, name, regularization);
}

const std::vector<std::string>& InitNames() {
  static const std::vector<std::string> names(std::begin(kInitNames), std::end(kInitNames));
  return names;
}

const char* InitName(InitKind init) { return kInitNames[static_cast<int>(init)]; }

bool InitFromName(const std::string& name, InitKind* init) {
  return EnumFromName(kInitNames, name, init);
}

std::string ValidateNetwork(const NetworkConfig& config) {
  MessageBuilder message;
  const int feature_count = static_cast<int>(config.features.size());
  for (int i = 0; i < feature_count; ++i) {
    const int value = static_cast<int>(config.features[i]);
    if (value < 0 || value >= static_cast<int>(FeatureNames().size())) {
      message << "features[" << i << "] is " << value << ", not a known feature";
      return message.str();
    }
    for (int k = 0; k < i; ++k) {
      if (config.features[k] == config.features[i]) {
        message << "features lists \"" << FeatureName(config.features[i]) << "\" twice";
        return message.str();
      }
    }
  }
  if (feature_count > 0 && config.input_dim != 2) {
    message << "input_dim is " << config.input_dim
            << "; features are computed from 2-D points, so it must be 2";
    return message.str();
  }
  if (feature_count == 0 && (config.input_dim < 1 || config.input_dim > kMaxLayerWidth)) {
    message << "input_dim is " << config.input_dim << "; raw inputs need 1 to " << kMaxLayerWidth
            << " dimensions";
    return message.str();
  }
  const int hidden_count = static_cast<int>(config.hidden_sizes.size());
  if (hidden_count > kMaxHiddenLayers) {
    message << "hidden_sizes has " << hidden_count << " layers; at most " << kMaxHiddenLayers
            << " are allowed";
    return message.str();
  }
  for (int i = 0; i < hidden_count; ++i) {
    const int size = config.hidden_sizes[i];
    if (size < 1 || size > kMaxLayerWidth) {
      message << "hidden_sizes[" << i << "] is " << size << "; each hidden layer needs 1 to "
              << kMaxLayerWidth << " neurons";
      return message.str();
    }
  }
  const int hidden_value = static_cast<int>(config.hidden_activation);
  if (hidden_value < 0 || hidden_value > static_cast<int>(Activation::kSoftmax) ||
      !IsHiddenActivation(config.hidden_activation)) {
    message << "hidden_activation is " << ActivationName(config.hidden_activation)
            << "; hidden layers use sigmoid, tanh, relu, leaky-relu, linear or softplus";
    return message.str();
  }
  const int output_value = static_cast<int>(config.output_activation);
  if (output_value < 0 || output_value > static_cast<int>(Activation::kSoftmax) ||
      !IsOutputActivation(config.output_activation)) {
    message << "output_activation is " << ActivationName(config.output_activation)
            << "; the output layer uses linear, sigmoid, tanh or softmax";
    return message.str();
  }
  if (config.outputs < 1 || config.outputs > kMaxLayerWidth) {
    message << "outputs is " << config.outputs << "; it must be 1 to " << kMaxLayerWidth;
    return message.str();
  }
  if (config.output_activation == Activation::kSoftmax && config.outputs < 2) {
    message << "outputs is " << config.outputs
            << "; softmax needs at least 2 outputs (one per class)";
    return message.str();
  }
  const int cost_value = static_cast<int>(config.cost);
  if (cost_value < 0 || cost_value > static_cast<int>(CostKind::kCategoricalCrossEntropy)) {
    message << "cost is " << cost_value << ", not a known cost";
    return message.str();
  }
  if (config.cost == CostKind::kCategoricalCrossEntropy &&
      config.output_activation != Activation::kSoftmax) {
    message << "cost is categorical-cross-entropy but output_activation is "
            << ActivationName(config.output_activation) << "; it needs softmax";
    return message.str();
  }
  const int regularization_value = static_cast<int>(config.regularization);
  if (regularization_value < 0 || regularization_value > 2) {
    message << "regularization is " << regularization_value << ", not none, l1 or l2";
    return message.str();
  }
  if (!std::isfinite(config.regularization_rate) || config.regularization_rate < 0) {
    message << "regularization_rate is " << config.regularization_rate
            << "; it must be a finite number >= 0";
    return message.str();
  }
  const int init_value = static_cast<int>(config.init);
  if (init_value < 0 || init_value > static_cast<int>(InitKind::kZeros)) {
    message << "init is " << init_value << ", not a known initialisation";
    return message.str();
  }
  if ((config.init == InitKind::kUniform || config.init == InitKind::kNormal) &&
      (!std::isfinite(config.init_scale) || config.init_scale <= 0)) {
    message << "init_scale is " << config.init_scale << "; " << InitName(config.init)
            << " initialisation needs a finite scale > 0";
    return message.str();
  }
  if (!std::isfinite(config.init_bias)) {
    message << "init_bias is " << config.init_bias << "; it must be finite";
    return message.str();
  }
  return "";
}

int InputWidth(const NetworkConfig& config) {
  return config.features.empty() ? config.input_dim : static_cast<int>(config.features.size());
}

NetworkLayout MakeLayout(const NetworkConfig& config) {
  std::vector<int> sizes;
  sizes.push_back(InputWidth(config));
  sizes.insert(sizes.end(), config.hidden_sizes.begin(), config.hidden_sizes.end());
  sizes.push_back(config.outputs);
  return NetworkLayout(sizes);
}

}  // namespace descent
