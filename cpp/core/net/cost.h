// Per-sample costs C_x of the network output and the output error δ^L = ∂C_x/∂z^L (BP1),
// one sample per column. The network averages C_x over the batch (docs/architecture.md).
//
//   half-squared               C_x = ½‖y − a‖²                      (seeds 000, 001, 002)
//   binary-cross-entropy       C_x = −Σ_j [y_j ln a_j + (1 − y_j) ln(1 − a_j)]   (seed 001)
//   categorical-cross-entropy  C_x = −Σ_j y_j ln a_j
//
// Sigmoid + binary cross-entropy is computed from z (C_x = Σ softplus(z) − y z, δ = a − y) so it
// never takes log 0; softmax + categorical cross-entropy uses log-softmax and δ = a Σy − y
// (= a − y for one-hot targets). Other binary-cross-entropy pairings clamp a into
// [kProbabilityClamp, 1 − kProbabilityClamp]; where the clamp is active the gradient is 0.
#ifndef DESCENT_CORE_NET_COST_H_
#define DESCENT_CORE_NET_COST_H_

#include <string>
#include <vector>

#include "core/eigen.h"
#include "core/net/activation.h"

namespace descent {

enum class CostKind { kHalfSquared, kBinaryCrossEntropy, kCategoricalCrossEntropy };

constexpr double kProbabilityClamp = 1e-12;

// "half-squared", "binary-cross-entropy", "categorical-cross-entropy".
const std::vector<std::string>& CostNames();
const char* CostName(CostKind cost);
bool CostFromName(const std::string& name, CostKind* cost);

// Σ over columns of C_x. z, a = σ(z) and y have shape (outputs, samples). Never allocates.
double SumCost(CostKind cost, Activation output, const Eigen::Ref<const Eigen::MatrixXd>& z,
               const Eigen::Ref<const Eigen::MatrixXd>& a,
               const Eigen::Ref<const Eigen::MatrixXd>& y);

// delta = ∂C_x/∂z^L for each column (not divided by the batch size). Never allocates.
void OutputDelta(CostKind cost, Activation output, const Eigen::Ref<const Eigen::MatrixXd>& z,
                 const Eigen::Ref<const Eigen::MatrixXd>& a,
                 const Eigen::Ref<const Eigen::MatrixXd>& y, Eigen::Ref<Eigen::MatrixXd> delta);

}  // namespace descent

#endif  // DESCENT_CORE_NET_COST_H_
