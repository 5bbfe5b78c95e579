// JS network options → a validated NetworkConfig, and the name lists the lab's
// menus show.
//
// JS fields (all optional): features (array of "x1" | "x2" | "x1^2" | "x2^2" |
// "x1*x2" | "sin(x1)" | "sin(x2)"; default ["x1", "x2"]), hiddenSizes (array,
// 0..8 layers of 1..64), hiddenActivation, outputActivation, outputs (default:
// the data set's target width), cost, regularization ("none" | "l1" | "l2"),
// regularizationRate, init ("uniform" | "normal" | "xavier" | "he" | "zeros"),
// initScale, initBias, seed (initialisation seed, default 1).
#ifndef DESCENT_BINDINGS_NETWORK_CONFIG_H_
#define DESCENT_BINDINGS_NETWORK_CONFIG_H_

#include <emscripten/val.h>

#include <cstdint>

#include "core/net/network_config.h"

namespace descent::bindings {

struct NetworkOptions {
  NetworkConfig config;
  uint64_t seed = 1; // drives the initial weights
  bool outputs_given =
      false; // false: outputs follow the data set's target width
};

// Reads and validates everything but `outputs` against the data (the caller
// checks that once the data are known). Throws a readable JS Error naming the
// field; unknown names list the choices.
NetworkOptions ReadNetworkOptions(const emscripten::val &options);

// Menus: names in display order (copies).
emscripten::val FeatureNamesJs();
emscripten::val HiddenActivationNamesJs();
emscripten::val OutputActivationNamesJs();
emscripten::val CostNamesJs();
emscripten::val RegularizationNamesJs();
emscripten::val InitNamesJs();

} // namespace descent::bindings

#endif // DESCENT_BINDINGS_NETWORK_CONFIG_H_
