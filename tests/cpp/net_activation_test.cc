// Batch activations agree with the scalar forms (and std::tanh), and derivatives with
// finite differences.
#include <cmath>

#include "core/net/activation.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

TEST(ActivationTest, BatchMatchesScalarAndDerivativeMatchesDifferences) {
  Eigen::MatrixXd z(3, 200);
  for (int i = 0; i < z.size(); ++i) z.data()[i] = -30 + 60.0 * i / (z.size() - 1) + 1e-3;
  z(0, 0) = 800;  // overflow of e^{2z} in the vectorised tanh
  z(1, 0) = -800;
  for (Activation f : {Activation::kSigmoid, Activation::kTanh, Activation::kRelu,
                       Activation::kLeakyRelu, Activation::kLinear, Activation::kSoftplus}) {
    SCOPED_TRACE(ActivationName(f));
    Eigen::MatrixXd a(z.rows(), z.cols()), delta = Eigen::MatrixXd::Ones(z.rows(), z.cols());
    Activate(f, z, a);
    MultiplyByDerivative(f, z, a, delta);
    for (int i = 0; i < z.size(); ++i) {
      const double x = z.data()[i];
      ASSERT_NEAR(a.data()[i], ActivationValue(f, x), 4e-16 * (1 + std::abs(x))) << x;
      ASSERT_NEAR(delta.data()[i], ActivationDerivative(f, x), 1e-15) << x;
      if (std::abs(x) < 20) {
        const double h = 1e-6;
        const double numeric = (ActivationValue(f, x + h) - ActivationValue(f, x - h)) / (2 * h);
        ASSERT_NEAR(ActivationDerivative(f, x), numeric, 1e-8) << x;
      }
    }
  }
  Eigen::MatrixXd a(3, 200);
  Activate(Activation::kTanh, z, a);
  EXPECT_EQ(a(0, 0), 1.0);
  EXPECT_EQ(a(1, 0), -1.0);
}

TEST(ActivationTest, SoftmaxColumnsSumToOneWithoutOverflow) {
  Eigen::MatrixXd z(3, 2), a(3, 2);
  z.col(0) << 1000, 1001, 995;  // e^1000 would overflow without the shift
  z.col(1) << 1, 4, -2;
  Activate(Activation::kSoftmax, z, a);
  EXPECT_NEAR(a.col(0).sum(), 1.0, 1e-15);
  EXPECT_NEAR(a.col(1).sum(), 1.0, 1e-15);
  EXPECT_NEAR(a(1, 0), 1 / (1 + std::exp(-1.0) + std::exp(-6.0)), 1e-15);
  EXPECT_NEAR(a(0, 1), std::exp(-3.0) / (1 + std::exp(-3.0) + std::exp(-6.0)), 1e-15);
}

}  // namespace
}  // namespace descent
