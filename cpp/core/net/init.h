// Fills θ by the initialisation scheme of a NetworkConfig (see InitKind).
#ifndef DESCENT_CORE_NET_INIT_H_
#define DESCENT_CORE_NET_INIT_H_

#include "core/eigen.h"
#include "core/net/network_config.h"
#include "core/net/network_layout.h"
#include "core/random.h"

namespace descent {

// Resizes *params to layout.ParameterCount() and fills it: weights by config.init (drawn layer
// by layer, row by row, so a seed reproduces the same network natively and in wasm), biases
// with config.init_bias.
void InitializeParameters(const NetworkConfig& config, const NetworkLayout& layout, Random* random,
                          Eigen::VectorXd* params);

}  // namespace descent

#endif  // DESCENT_CORE_NET_INIT_H_
