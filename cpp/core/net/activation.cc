#include "core/net/activation.h"

#include <algorithm>
#include <cmath>

#include "core/dense_kernels.h"

namespace descent {

namespace {

struct NamedActivation {
  const char* name;
  Activation activation;
};

constexpr NamedActivation kAllActivations[] = {
    {"sigmoid", Activation::kSigmoid}, {"tanh", Activation::kTanh},
    {"relu", Activation::kRelu},       {"leaky-relu", Activation::kLeakyRelu},
    {"linear", Activation::kLinear},   {"softplus", Activation::kSoftplus},
    {"softmax", Activation::kSoftmax},
};

// log(1 + e^z) without overflow for large z or loss of precision for very negative z.
double Softplus(double z) { return std::max(z, 0.0) + std::log1p(std::exp(-std::abs(z))); }

}  // namespace

const std::vector<std::string>& HiddenActivationNames() {
  static const std::vector<std::string> names = {"sigmoid",    "tanh",   "relu",
                                                 "leaky-relu", "linear", "softplus"};
  return names;
}

const std::vector<std::string>& OutputActivationNames() {
  static const std::vector<std::string> names = {"linear", "sigmoid", "tanh", "softmax"};
  return names;
}

const char* ActivationName(Activation activation) {
  for (const NamedActivation& entry : kAllActivations) {
    if (entry.activation == activation) return entry.name;
  }
  return "unknown";
}

bool ActivationFromName(const std::string& name, Activation* activation) {
  for (const NamedActivation& entry : kAllActivations) {
    if (name == entry.name) {
      *activation = entry.activation;
      return true;
    }
  }
  return false;
}

bool IsHiddenActivation(Activation activation) { return activation != Activation::kSoftmax; }

bool IsOutputActivation(Activation activation) {
  return activation == Activation::kLinear || activation == Activation::kSigmoid ||
         activation == Activation::kTanh || activation == Activation::kSoftmax;
}

namespace {

// Whether the columns follow each other in memory, so the matrix is one array.
template <typename Matrix>
bool IsContiguous(const Matrix& m) {
  return m.innerStride() == 1 && (m.cols() <= 1 || m.outerStride() == m.rows());
}

}  // namespace

void Activate(Activation activation, const Eigen::Ref<const Eigen::MatrixXd>& z,
              Eigen::Ref<Eigen::MatrixXd> a) {
  switch (activation) {
    case Activation::kSigmoid:
      // exp(−z) overflows to +inf for z < −709, which still gives the right limit 0.
      a.array() = 1.0 / (1.0 + (-z.array()).exp());
      break;
    case Activation::kTanh:
      // Vectorised (dense_kernels.h): std::tanh on doubles is scalar and was over half of a
      // training step.
      if (IsContiguous(z) && IsContiguous(a)) {
        TanhArray(z.data(), a.data(), static_cast<int>(z.size()));
      } else {
        for (Eigen::Index c = 0; c < z.cols(); ++c) {
          TanhArray(z.col(c).data(), a.col(c).data(), static_cast<int>(z.rows()));
        }
      }
      break;
    case Activation::kRelu:
      a.array() = z.array().max(0.0);
      break;
    case Activation::kLeakyRelu:
      a.array() = (z.array() > 0.0).select(z.array(), kLeakyReluSlope * z.array());
      break;
    case Activation::kLinear:
      a = z;
      break;
    case Activation::kSoftplus:
      a.array() = z.array().max(0.0) + (-z.array().abs()).exp().log1p();
      break;
    case Activation::kSoftmax:
      // Shift by the column maximum so exp never overflows; the result is unchanged.
      for (Eigen::Index c = 0; c < z.cols(); ++c) {
        const double shift = z.col(c).maxCoeff();
        a.col(c).array() = (z.col(c).array() - shift).exp();
        a.col(c) /= a.col(c).sum();
      }
      break;
  }
}

void MultiplyByDerivative(Activation activation, const Eigen::Ref<const Eigen::MatrixXd>& z,
                          const Eigen::Ref<const Eigen::MatrixXd>& a,
                          Eigen::Ref<Eigen::MatrixXd> delta) {
  switch (activation) {
    case Activation::kSigmoid:
      delta.array() *= a.array() * (1.0 - a.array());
      break;
    case Activation::kTanh:
      if (IsContiguous(a) && IsContiguous(delta)) {
        MultiplyByTanhDerivative(a.data(), delta.data(), static_cast<int>(a.size()));
      } else {
        delta.array() *= 1.0 - a.array().square();
      }
      break;
    case Activation::kRelu:
      delta.array() = (z.array() > 0.0).select(delta.array(), 0.0);
      break;
    case Activation::kLeakyRelu:
      delta.array() = (z.array() > 0.0).select(delta.array(), kLeakyReluSlope * delta.array());
      break;
    case Activation::kLinear:
      break;
    case Activation::kSoftplus:
      // softplus' = sigmoid(z).
      delta.array() *= 1.0 / (1.0 + (-z.array()).exp());
      break;
    case Activation::kSoftmax:
      break;  // not element-wise; see the header
  }
}

double ActivationValue(Activation activation, double z) {
  switch (activation) {
    case Activation::kSigmoid:
      return 1.0 / (1.0 + std::exp(-z));
    case Activation::kTanh:
      return std::tanh(z);
    case Activation::kRelu:
      return z > 0 ? z : 0.0;
    case Activation::kLeakyRelu:
      return z > 0 ? z : kLeakyReluSlope * z;
    case Activation::kLinear:
      return z;
    case Activation::kSoftplus:
      return Softplus(z);
    case Activation::kSoftmax:
      return 1.0;  // a single-output softmax is constant
  }
  return z;
}

double ActivationDerivative(Activation activation, double z) {
  switch (activation) {
    case Activation::kSigmoid: {
      const double s = 1.0 / (1.0 + std::exp(-z));
      return s * (1.0 - s);
    }
    case Activation::kTanh: {
      const double t = std::tanh(z);
      return 1.0 - t * t;
    }
    case Activation::kRelu:
      return z > 0 ? 1.0 : 0.0;
    case Activation::kLeakyRelu:
      return z > 0 ? 1.0 : kLeakyReluSlope;
    case Activation::kLinear:
      return 1.0;
    case Activation::kSoftplus:
      return 1.0 / (1.0 + std::exp(-z));
    case Activation::kSoftmax:
      return 0.0;
  }
  return 1.0;
}

}  // namespace descent
