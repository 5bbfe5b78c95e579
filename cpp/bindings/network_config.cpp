#include "bindings/network_config.h"

#include <string>
#include <vector>

#include "bindings/js_args.h"

namespace descent::bindings {

using emscripten::val;

namespace {

std::string Choices(const std::vector<std::string> &names) {
  std::string list;
  for (const std::string &n : names)
    list += (list.empty() ? "" : ", ") + n;
  return list;
}

[[noreturn]] void Unknown(const char *what, const std::string &name,
                          const std::vector<std::string> &names) {
  ThrowError(std::string("Unknown ") + what + " '" + name +
             "'. Choose one of: " + Choices(names) + ".");
}

// The optional JS array field `field` (undefined when absent); throws when it
// is no array.
val ReadArray(const val &options, const char *field) {
  if (options.isUndefined() || options.isNull())
    return val::undefined();
  val value = options[field];
  if (value.isUndefined())
    return value;
  if (!val::global("Array").call<bool>("isArray", value)) {
    ThrowError(std::string("network options: ") + field + " must be an array");
  }
  return value;
}

} // namespace

NetworkOptions ReadNetworkOptions(const val &options) {
  JsObjectReader in(options, "network options");
  NetworkOptions result;
  NetworkConfig &config = result.config;
  const std::string hidden = in.String("hiddenActivation", "tanh");
  const std::string output = in.String("outputActivation", "tanh");
  const std::string cost = in.String("cost", "half-squared");
  const std::string regularization = in.String("regularization", "none");
  const std::string init = in.String("init", "xavier");
  config.outputs = in.Integer("outputs", config.outputs);
  result.outputs_given = in.Has("outputs");
  config.regularization_rate =
      in.Number("regularizationRate", config.regularization_rate);
  config.init_scale = in.Number("initScale", config.init_scale);
  config.init_bias = in.Number("initBias", config.init_bias);
  const double seed = in.Number("seed", 1);
  in.ThrowIfAny();
  RequireRange(seed, 0, 9007199254740991.0, "network seed");
  result.seed = static_cast<uint64_t>(seed);

  const val features = ReadArray(options, "features");
  if (!features.isUndefined()) {
    const val &array = features;
    const int n = array["length"].as<int>();
    if (n < 1 || n > 7)
      ThrowError("features: choose between 1 and 7 input features");
    config.features.clear();
    for (int i = 0; i < n; ++i) {
      const val item = array[i];
      if (!item.isString())
        ThrowError("features must be names such as \"x1\"");
      const std::string name = item.as<std::string>();
      Feature feature;
      if (!FeatureFromName(name, &feature))
        Unknown("feature", name, FeatureNames());
      config.features.push_back(feature);
    }
  }
  const val hidden_sizes = ReadArray(options, "hiddenSizes");
  if (!hidden_sizes.isUndefined()) {
    const val &array = hidden_sizes;
    const int n = array["length"].as<int>();
    if (n > kMaxHiddenLayers) {
      ThrowError("hiddenSizes: at most " + std::to_string(kMaxHiddenLayers) +
                 " hidden layers (got " + std::to_string(n) + ")");
    }
    config.hidden_sizes.clear();
    for (int i = 0; i < n; ++i) {
      const val item = array[i];
      if (!item.isNumber())
        ThrowError("hiddenSizes must hold numbers of neurons");
      const double size = item.as<double>();
      if (!(size >= 1 && size <= kMaxLayerWidth &&
            size == static_cast<int>(size))) {
        ThrowError("hiddenSizes: each layer needs a whole number of neurons "
                   "between 1 and " +
                   std::to_string(kMaxLayerWidth) + " (layer " +
                   std::to_string(i + 1) + " has " +
                   item.call<std::string>("toString") + ")");
      }
      config.hidden_sizes.push_back(static_cast<int>(size));
    }
  }
  if (!ActivationFromName(hidden, &config.hidden_activation) ||
      !IsHiddenActivation(config.hidden_activation)) {
    Unknown("hidden activation", hidden, HiddenActivationNames());
  }
  if (!ActivationFromName(output, &config.output_activation) ||
      !IsOutputActivation(config.output_activation)) {
    Unknown("output activation", output, OutputActivationNames());
  }
  if (!CostFromName(cost, &config.cost))
    Unknown("cost", cost, CostNames());
  if (!RegularizationFromName(regularization, &config.regularization)) {
    Unknown("regularization", regularization, RegularizationNames());
  }
  if (!InitFromName(init, &config.init))
    Unknown("initialisation", init, InitNames());
  // outputs are checked again against the data; softmax needs >= 2 of them, so
  // a softmax network whose outputs follow the data is validated with a
  // stand-in width here.
  NetworkConfig check = config;
  if (!result.outputs_given && check.output_activation == Activation::kSoftmax)
    check.outputs = 3;
  ThrowIfError(ValidateNetwork(check));
  return result;
}

val FeatureNamesJs() { return StringArray(FeatureNames()); }
val HiddenActivationNamesJs() { return StringArray(HiddenActivationNames()); }
val OutputActivationNamesJs() { return StringArray(OutputActivationNames()); }
val CostNamesJs() { return StringArray(CostNames()); }
val RegularizationNamesJs() { return StringArray(RegularizationNames()); }
val InitNamesJs() { return StringArray(InitNames()); }

} // namespace descent::bindings
