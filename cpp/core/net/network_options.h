// A network's and its data's options as the caller names them (the JS option names, in snake
// case; names for features, activations, cost, regularisation and initialisation), turned into a
// validated NetworkConfig. The bindings only copy JS fields into these structs.
#ifndef DESCENT_CORE_NET_NETWORK_OPTIONS_H_
#define DESCENT_CORE_NET_NETWORK_OPTIONS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/data/generator_options.h"
#include "core/net/network_config.h"

namespace descent {

struct NetworkOptions {
  std::vector<std::string> features = {"x1", "x2"};  // FeatureNames(), 1 to all of them
  std::vector<double> hidden_sizes = {4, 2};         // 0..kMaxHiddenLayers whole numbers 1..64
  std::string hidden_activation = "tanh";            // HiddenActivationNames()
  std::string output_activation = "tanh";            // OutputActivationNames()
  std::optional<int> outputs;                        // absent: the data set's target width
  std::string cost = "half-squared";                 // CostNames()
  std::string regularization = "none";               // RegularizationNames()
  double regularization_rate = 0;
  std::string init = "xavier";  // InitNames()
  double init_scale = NetworkConfig().init_scale;
  double init_bias = NetworkConfig().init_bias;
  double seed = 1;  // of the initial weights; a JS number: a whole number from 0 to kMaxSeed
};

// Generator options plus the share of the points held out for testing. An empty encoding
// follows the network: 0/1 labels for a sigmoid output or binary cross-entropy, else ±1.
struct NetworkDataOptions : GeneratorOptions {
  double test_fraction = 0.5;  // 0..kMaxTestFraction
};
constexpr double kMaxTestFraction = 0.9;

// "" and *config, *seed filled, or the first refusal naming the option. `outputs`, when
// absent, is left for the data to decide (a softmax network is checked as if it had 3).
std::string MakeNetworkConfig(const NetworkOptions& options, NetworkConfig* config, uint64_t* seed);

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_OPTIONS_H_
