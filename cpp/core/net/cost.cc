#include "core/net/cost.h"

#include <algorithm>
#include <cmath>

namespace descent {

namespace {

constexpr const char* kCostNames[] = {"half-squared", "binary-cross-entropy",
                                      "categorical-cross-entropy"};
constexpr CostKind kCostKinds[] = {CostKind::kHalfSquared, CostKind::kBinaryCrossEntropy,
                                   CostKind::kCategoricalCrossEntropy};

double ClampProbability(double a) {
  return std::min(std::max(a, kProbabilityClamp), 1.0 - kProbabilityClamp);
}

// delta holds ∂C_x/∂a on entry; turns it into ∂C_x/∂z through σ'. Softmax's Jacobian
// diag(a) − a aᵀ gives δ = a ⊙ (g − aᵀg) per column.
void ChainThroughOutput(Activation output, const Eigen::Ref<const Eigen::MatrixXd>& z,
                        const Eigen::Ref<const Eigen::MatrixXd>& a,
                        Eigen::Ref<Eigen::MatrixXd> delta) {
  if (output != Activation::kSoftmax) {
    MultiplyByDerivative(output, z, a, delta);
    return;
  }
  for (Eigen::Index c = 0; c < delta.cols(); ++c) {
    const double projection = a.col(c).dot(delta.col(c));
    delta.col(c).array() = a.col(c).array() * (delta.col(c).array() - projection);
  }
}

}  // namespace

const std::vector<std::string>& CostNames() {
  static const std::vector<std::string> names(std::begin(kCostNames), std::end(kCostNames));
  return names;
}

const char* CostName(CostKind cost) { return kCostNames[static_cast<int>(cost)]; }

bool CostFromName(const std::string& name, CostKind* cost) {
  for (int i = 0; i < 3; ++i) {
    if (name == kCostNames[i]) {
      *cost = kCostKinds[i];
      return true;
    }
  }
  return false;
}

double SumCost(CostKind cost, Activation output, const Eigen::Ref<const Eigen::MatrixXd>& z,
               const Eigen::Ref<const Eigen::MatrixXd>& a,
               const Eigen::Ref<const Eigen::MatrixXd>& y) {
  switch (cost) {
    case CostKind::kHalfSquared:
      return 0.5 * (y - a).squaredNorm();
    case CostKind::kBinaryCrossEntropy: {
      if (output == Activation::kSigmoid) {
        // −y ln σ(z) − (1 − y) ln(1 − σ(z)) = softplus(z) − y z.
        return (z.array().max(0.0) + (-z.array().abs()).exp().log1p() - y.array() * z.array())
            .sum();
      }
      double sum = 0;
      for (Eigen::Index c = 0; c < a.cols(); ++c) {
        for (Eigen::Index r = 0; r < a.rows(); ++r) {
          const double p = ClampProbability(a(r, c));
          sum -= y(r, c) * std::log(p) + (1.0 - y(r, c)) * std::log(1.0 - p);
        }
      }
      return sum;
    }
    case CostKind::kCategoricalCrossEntropy: {
      double sum = 0;
      for (Eigen::Index c = 0; c < z.cols(); ++c) {
        if (output == Activation::kSoftmax) {
          // ln a_j = z_j − m − ln Σ_k e^{z_k − m}: exact even where a_j underflows to 0.
          const double shift = z.col(c).maxCoeff();
          const double log_sum = std::log((z.col(c).array() - shift).exp().sum());
          sum -= (y.col(c).array() * (z.col(c).array() - shift - log_sum)).sum();
        } else {
          for (Eigen::Index r = 0; r < a.rows(); ++r) {
            sum -= y(r, c) * std::log(std::max(a(r, c), kProbabilityClamp));
          }
        }
      }
      return sum;
    }
  }
  return 0;
}

void OutputDelta(CostKind cost, Activation output, const Eigen::Ref<const Eigen::MatrixXd>& z,
                 const Eigen::Ref<const Eigen::MatrixXd>& a,
                 const Eigen::Ref<const Eigen::MatrixXd>& y, Eigen::Ref<Eigen::MatrixXd> delta) {
  switch (cost) {
    case CostKind::kHalfSquared:
      delta = a - y;  // ∂(½‖y − a‖²)/∂a; the sign the notes of seed 002 get wrong
      ChainThroughOutput(output, z, a, delta);
      return;
    case CostKind::kBinaryCrossEntropy:
      if (output == Activation::kSigmoid) {
        delta = a - y;
        return;
      }
      for (Eigen::Index c = 0; c < a.cols(); ++c) {
        for (Eigen::Index r = 0; r < a.rows(); ++r) {
          const double p = a(r, c);
          const bool clamped = p < kProbabilityClamp || p > 1.0 - kProbabilityClamp;
          // Seed 001 erratum: ∂C/∂a = −(y/a − (1 − y)/(1 − a)) = (a − y)/(a(1 − a)).
          delta(r, c) = clamped ? 0.0 : (p - y(r, c)) / (p * (1.0 - p));
        }
      }
      ChainThroughOutput(output, z, a, delta);
      return;
    case CostKind::kCategoricalCrossEntropy:
      if (output == Activation::kSoftmax) {
        for (Eigen::Index c = 0; c < a.cols(); ++c) {
          delta.col(c) = a.col(c) * y.col(c).sum() - y.col(c);
        }
        return;
      }
      for (Eigen::Index c = 0; c < a.cols(); ++c) {
        for (Eigen::Index r = 0; r < a.rows(); ++r) {
          const double p = a(r, c);
          delta(r, c) = p < kProbabilityClamp ? 0.0 : -y(r, c) / p;
        }
      }
      ChainThroughOutput(output, z, a, delta);
      return;
  }
}

}  // namespace descent
