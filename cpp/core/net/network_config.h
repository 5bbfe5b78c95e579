// Everything that defines a network before it sees data: features, layer sizes, activations,
// cost, regularisation and initialisation, with validation and the name tables the bindings
// list in menus.
#ifndef DESCENT_CORE_NET_NETWORK_CONFIG_H_
#define DESCENT_CORE_NET_NETWORK_CONFIG_H_

#include <string>
#include <vector>

#include "core/net/activation.h"
#include "core/net/cost.h"
#include "core/net/features.h"
#include "core/net/network_layout.h"

namespace descent {

constexpr int kMaxHiddenLayers = 8;
constexpr int kMaxLayerWidth = 64;  // hidden layers, raw inputs and outputs

// Penalty on weights only (biases are never penalised):
//   l1: λ Σ|w| (gradient λ sign(w), 0 at w = 0);  l2: (λ/2) Σ w² (gradient λ w).
enum class Regularization { kNone, kL1, kL2 };
// "none", "l1", "l2".
const std::vector<std::string>& RegularizationNames();
const char* RegularizationName(Regularization regularization);
bool RegularizationFromName(const std::string& name, Regularization* regularization);

// Weight initialisation; every bias starts at NetworkConfig::init_bias.
//   uniform: U(−s, s), s = init_scale       normal: N(0, s²), s = init_scale (seed 002: 0.01)
//   xavier:  U(±√(6/(n_in + n_out)))         he:     N(0, 2/n_in)        zeros: 0
enum class InitKind { kUniform, kNormal, kXavier, kHe, kZeros };
// "uniform", "normal", "xavier", "he", "zeros".
const std::vector<std::string>& InitNames();
const char* InitName(InitKind init);
bool InitFromName(const std::string& name, InitKind* init);

struct NetworkConfig {
  // Features computed from a 2-D point; empty: the raw inputs (input_dim of them) are layer 0.
  std::vector<Feature> features = {Feature::kX1, Feature::kX2};
  int input_dim = 2;  // width of the data's inputs; must be 2 when features are used
  std::vector<int> hidden_sizes = {4, 2};
  Activation hidden_activation = Activation::kTanh;
  Activation output_activation = Activation::kTanh;
  int outputs = 1;
  CostKind cost = CostKind::kHalfSquared;
  Regularization regularization = Regularization::kNone;
  double regularization_rate = 0;  // λ
  InitKind init = InitKind::kXavier;
  double init_scale = 0.5;
  double init_bias = 0;
};

// Empty when valid; otherwise a message naming the field and the bad value. Rules beyond
// ranges: softmax needs >= 2 outputs; categorical-cross-entropy needs a softmax output;
// features may not repeat. Binary cross-entropy is accepted with any output (sigmoid is
// exact; the others clamp a into (0, 1), see cost.h).
std::string ValidateNetwork(const NetworkConfig& config);

// Width of layer 0: the feature count, or input_dim when there are no features.
int InputWidth(const NetworkConfig& config);
// Layout for a valid config.
NetworkLayout MakeLayout(const NetworkConfig& config);

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_CONFIG_H_
