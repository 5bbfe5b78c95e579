// Activation functions σ applied to a batch of weighted inputs z (one sample per column), and
// their derivatives as used by BP1 and BP2 (seed 000): δ = (…) ⊙ σ'(z).
#ifndef DESCENT_CORE_NET_ACTIVATION_H_
#define DESCENT_CORE_NET_ACTIVATION_H_

#include <string>
#include <vector>

#include "core/eigen.h"

namespace descent {

// Leaky ReLU slope for z < 0.
constexpr double kLeakyReluSlope = 0.01;

enum class Activation { kSigmoid, kTanh, kRelu, kLeakyRelu, kLinear, kSoftplus, kSoftmax };

// Names as the UI lists them: "sigmoid", "tanh", "relu", "leaky-relu", "linear", "softplus".
const std::vector<std::string>& HiddenActivationNames();
// "linear", "sigmoid", "tanh", "softmax".
const std::vector<std::string>& OutputActivationNames();
const char* ActivationName(Activation activation);
// Accepts any name of either table; false (and *activation untouched) for an unknown name.
bool ActivationFromName(const std::string& name, Activation* activation);
bool IsHiddenActivation(Activation activation);  // all but softmax
bool IsOutputActivation(Activation activation);  // linear, sigmoid, tanh, softmax

// a = σ(z) column by column (softmax normalises each column). Shapes must match; a may not
// alias z. Never allocates.
void Activate(Activation activation, const Eigen::Ref<const Eigen::MatrixXd>& z,
              Eigen::Ref<Eigen::MatrixXd> a);

// delta ⊙= σ'(z), using a = σ(z) where that is cheaper (σ' = a(1 − a), 1 − a²). Element-wise
// activations only: softmax has a full Jacobian and is handled by the cost (see cost.h).
// ReLU's derivative at exactly 0 is taken as 0 (leaky: the slope).
void MultiplyByDerivative(Activation activation, const Eigen::Ref<const Eigen::MatrixXd>& z,
                          const Eigen::Ref<const Eigen::MatrixXd>& a,
                          Eigen::Ref<Eigen::MatrixXd> delta);

// Scalar forms for tests and the step-through view (not softmax).
double ActivationValue(Activation activation, double z);
double ActivationDerivative(Activation activation, double z);

}  // namespace descent

#endif  // DESCENT_CORE_NET_ACTIVATION_H_
