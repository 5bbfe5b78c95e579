// The hand-vectorised kernels against plain loops or Eigen (products, row sums, least-squares
// sums) and against std::tanh in long double (tanh), on every shape the tiles split into.
#include "core/dense_kernels.h"

#include <cmath>
#include <limits>
#include <vector>

#include "core/eigen.h"
#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

std::vector<double> RandomValues(int count, Random* random) {
  std::vector<double> values(count);
  for (double& v : values) v = random->Uniform(-2, 2);
  return values;
}

// Rows 1..9 (every tile height and the odd last row), columns 1..5 (pairs and the last one),
// B direct and transposed, each start (zero, C, bias).
TEST(DenseKernelsTest, ProductMatchesPlainLoopsForEveryShapeAndStart) {
  Random random(5);
  for (int rows = 1; rows <= 9; ++rows) {
    for (int cols = 1; cols <= 5; ++cols) {
      for (int inner : {1, 2, 7}) {
        for (bool transposed : {false, true}) {
          for (int start = 0; start < 3; ++start) {
            SCOPED_TRACE(testing::Message() << rows << "x" << cols << " inner " << inner
                                            << (transposed ? " Bᵀ" : " B") << " start " << start);
            const int lda = rows + 1, ldc = rows + 2;  // padded columns must be left alone
            const std::vector<double> a = RandomValues(lda * inner, &random);
            const std::vector<double> b = RandomValues(inner * cols, &random);
            const std::vector<double> bias = RandomValues(rows, &random);
            std::vector<double> c = RandomValues(ldc * cols, &random);
            const std::vector<double> before = c;
            DenseProduct product;
            product.rows = rows;
            product.cols = cols;
            product.inner = inner;
            product.a = a.data();
            product.lda = lda;
            product.b = b.data();
            product.b_inner_stride = transposed ? cols : 1;
            product.b_col_stride = transposed ? 1 : inner;
            product.c = c.data();
            product.ldc = ldc;
            product.accumulate = start == 1;
            product.bias = start == 2 ? bias.data() : nullptr;
            MultiplyDense(product);
            for (int col = 0; col < cols; ++col) {
              for (int r = 0; r < ldc; ++r) {
                const double got = c[col * ldc + r];
                if (r >= rows) {
                  ASSERT_EQ(got, before[col * ldc + r]) << "padding row " << r;
                  continue;
                }
                double expected = start == 0 ? 0 : start == 1 ? before[col * ldc + r] : bias[r];
                for (int k = 0; k < inner; ++k) {
                  const double bk = transposed ? b[k * cols + col] : b[col * inner + k];
                  expected += bk * a[k * lda + r];
                }
                ASSERT_NEAR(got, expected, 1e-14) << "row " << r << " column " << col;
              }
            }
          }
        }
      }
    }
  }
}

// Widths 1–4 (the register-resident forms, odd widths zero-padded) and 5–6 (the plain loop),
// an odd row count for the residuals' one-row tail; against Eigen's products.
TEST(DenseKernelsTest, LeastSquaresSumsMatchEigen) {
  Random random(7);
  for (int d = 1; d <= 6; ++d) {
    SCOPED_TRACE(testing::Message() << "d = " << d);
    const int n = 37;
    RowMatrix x(n, d);
    Eigen::VectorXd y(n), w(d);
    for (int i = 0; i < x.size(); ++i) x.data()[i] = random.Uniform(-3, 3);
    for (int i = 0; i < n; ++i) y[i] = random.Uniform(-3, 3);
    for (int a = 0; a < d; ++a) w[a] = random.Uniform(-1, 1);
    Eigen::MatrixXd gram = Eigen::MatrixXd::Constant(d, d, 0.5);  // sums are added to
    Eigen::VectorXd moment = Eigen::VectorXd::Constant(d, 0.25);
    const double power =
        AccumulateNormalEquations(x.data(), y.data(), n, d, gram.data(), moment.data());
    const Eigen::MatrixXd expected_gram = (x.transpose() * x).array() + 0.5;
    const Eigen::VectorXd expected_moment = (x.transpose() * y).array() + 0.25;
    EXPECT_LT((gram - expected_gram).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_LT((moment - expected_moment).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_NEAR(power, y.squaredNorm(), 1e-12);
    EXPECT_NEAR(SumSquaredResiduals(x.data(), y.data(), n, d, w.data()), (x * w - y).squaredNorm(),
                1e-11);
  }
}

TEST(DenseKernelsTest, RowSumsAddIntoTheirTarget) {
  Random random(6);
  for (int rows = 1; rows <= 5; ++rows) {
    const int cols = 3;
    const std::vector<double> m = RandomValues(rows * cols, &random);
    std::vector<double> sums(rows, 1.5);
    AddRowSums(m.data(), rows, cols, sums.data());
    for (int j = 0; j < rows; ++j) {
      EXPECT_NEAR(sums[j], 1.5 + m[j] + m[rows + j] + m[2 * rows + j], 1e-15) << rows << " " << j;
    }
  }
}

// Within 5 ulp of the correctly rounded tanh from 1e-300 to saturation, odd, exact at 0, ±1
// from |x| = 20 on (and for ±inf), NaN kept; odd counts use the one-lane tail.
TEST(DenseKernelsTest, TanhIsWithinAFewUlpEverywhere) {
  std::vector<double> x;
  for (double e = -300; e <= 1.5; e += 0.0101) x.push_back(std::pow(10.0, e));
  for (double v = 0.1; v < 25; v += 0.00731) x.push_back(v);
  for (double v : {0.625, 0.17328679513998632, 0.34657359027997264, 19.06, 20.0, 20.5, 700.0})
    x.push_back(v);
  const int positive = static_cast<int>(x.size());
  for (int i = 0; i < positive; ++i) x.push_back(-x[i]);
  x.push_back(0.0);
  x.push_back(-0.0);
  x.push_back(std::numeric_limits<double>::infinity());
  x.push_back(-std::numeric_limits<double>::infinity());
  x.push_back(std::numeric_limits<double>::quiet_NaN());
  if (x.size() % 2 == 0) x.push_back(0.3);
  std::vector<double> y(x.size());
  TanhArray(x.data(), y.data(), static_cast<int>(x.size()));
  for (size_t i = 0; i < x.size(); ++i) {
    if (std::isnan(x[i])) {
      EXPECT_TRUE(std::isnan(y[i]));
      continue;
    }
    const double exact = static_cast<double>(std::tanh(static_cast<long double>(x[i])));
    const double ulp = std::nextafter(std::fabs(exact), 2.0) - std::fabs(exact);
    ASSERT_LE(std::fabs(y[i] - exact), 5 * ulp) << "x = " << x[i];
    if (std::fabs(x[i]) >= 20) ASSERT_EQ(y[i], x[i] > 0 ? 1.0 : -1.0) << x[i];
  }
  const double zeros[2] = {0.0, -0.0};
  double out[2];
  TanhArray(zeros, out, 2);
  EXPECT_EQ(out[0], 0.0);
  EXPECT_FALSE(std::signbit(out[0]));
  EXPECT_TRUE(std::signbit(out[1]));
}

TEST(DenseKernelsTest, TanhDerivativeMultipliesByOneMinusSquare) {
  const double a[3] = {0.5, -0.25, 0.999};
  double delta[3] = {2, 3, 4};
  MultiplyByTanhDerivative(a, delta, 3);
  EXPECT_DOUBLE_EQ(delta[0], 2 * 0.75);
  EXPECT_DOUBLE_EQ(delta[1], 3 * (1 - 0.0625));
  EXPECT_DOUBLE_EQ(delta[2], 4 * (1 - 0.999 * 0.999));
}

}  // namespace
}  // namespace descent
