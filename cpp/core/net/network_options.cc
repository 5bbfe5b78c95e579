#include "core/net/network_options.h"

#include "core/message.h"

namespace descent {

namespace {

std::string ReadFeatures(const std::vector<std::string>& names, std::vector<Feature>* features) {
  const int count = static_cast<int>(names.size());
  const int most = static_cast<int>(FeatureNames().size());
  if (count < 1 || count > most) {
    MessageBuilder message;
    message << "features: choose between 1 and " << most << " input features";
    return message.str();
  }
  features->clear();
  for (const std::string& name : names) {
    Feature feature;
    if (!FeatureFromName(name, &feature)) return UnknownName("feature", name, FeatureNames());
    features->push_back(feature);
  }
  return "";
}

std::string ReadHiddenSizes(const std::vector<double>& sizes, std::vector<int>* hidden_sizes) {
  MessageBuilder message;
  const int count = static_cast<int>(sizes.size());
  if (count > kMaxHiddenLayers) {
    message << "hiddenSizes: at most " << kMaxHiddenLayers << " hidden layers (got " << count
            << ")";
    return message.str();
  }
  hidden_sizes->clear();
  for (int i = 0; i < count; ++i) {
    const double size = sizes[i];
    if (!(size >= 1 && size <= kMaxLayerWidth && size == static_cast<int>(size))) {
      message << "hiddenSizes: each layer needs a whole number of neurons between 1 and "
              << kMaxLayerWidth << " (layer " << i + 1 << " has " << size << ")";
      return message.str();
    }
    hidden_sizes->push_back(static_cast<int>(size));
  }
  return "";
}

}  // namespace

std::string MakeNetworkConfig(const NetworkOptions& options, NetworkConfig* config,
                              uint64_t* seed) {
  NetworkConfig result;
  std::string message = CheckRange(options.seed, 0, kMaxSeed, "network seed");
  if (message.empty()) message = ReadFeatures(options.features, &result.features);
  if (message.empty()) message = ReadHiddenSizes(options.hidden_sizes, &result.hidden_sizes);
  if (!message.empty()) return message;
  if (!ActivationFromName(options.hidden_activation, &result.hidden_activation) ||
      !IsHiddenActivation(result.hidden_activation)) {
    return UnknownName("hidden activation", options.hidden_activation, HiddenActivationNames());
  }
  if (!ActivationFromName(options.output_activation, &result.output_activation) ||
      !IsOutputActivation(result.output_activation)) {
    return UnknownName("output activation", options.output_activation, OutputActivationNames());
  }
  if (!CostFromName(options.cost, &result.cost)) {
    return UnknownName("cost", options.cost, CostNames());
  }
  if (!RegularizationFromName(options.regularization, &result.regularization)) {
    return UnknownName("regularization", options.regularization, RegularizationNames());
  }
  if (!InitFromName(options.init, &result.init)) {
    return UnknownName("initialisation", options.init, InitNames());
  }
  result.outputs = options.outputs.value_or(result.outputs);
  result.regularization_rate = options.regularization_rate;
  result.init_scale = options.init_scale;
  result.init_bias = options.init_bias;
  // Outputs are checked again against the data; softmax needs >= 2 of them, so a softmax
  // network whose outputs follow the data is validated with a stand-in width here.
  NetworkConfig check = result;
  if (!options.outputs && check.output_activation == Activation::kSoftmax) check.outputs = 3;
  message = ValidateNetwork(check);
  if (!message.empty()) return message;
  *config = result;
  *seed = static_cast<uint64_t>(options.seed);
  return "";
}

}  // namespace descent
