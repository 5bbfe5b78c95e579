// Hot loops of the core written on pairs of doubles (GNU vector extensions: SSE2 in the native
// build, wasm f64x2 with -msimd128), since Eigen 3.4 has no wasm SIMD (the wasm build ran its
// loops one double at a time) and its general products are tuned for large matrices, while a
// playground network multiplies 8×8 weights by 10 samples: the network's forward and backward
// passes, and the one pass over the data of the least-squares valley.
//
// Matrices are column-major with a leading dimension (ld), as in Eigen's MatrixXd.
#ifndef DESCENT_CORE_DENSE_KERNELS_H_
#define DESCENT_CORE_DENSE_KERNELS_H_

namespace descent {

// C(:, c) = start + Σ_{k < inner} B(k, c) · A(:, k), for C of rows × cols (ldc), A of
// rows × inner (lda), and B read as B(k, c) = b[k·b_inner_stride + c·b_col_stride] (so B may
// be a transposed view). start is the column `bias` when given, else C(:, c) when accumulate,
// else 0. Sums run over k in increasing order. C may not overlap A, B or bias.
struct DenseProduct {
  int rows = 0, cols = 0, inner = 0;
  const double* a = nullptr;
  int lda = 0;
  const double* b = nullptr;
  int b_inner_stride = 1, b_col_stride = 0;
  double* c = nullptr;
  int ldc = 0;
  bool accumulate = false;
  const double* bias = nullptr;  // rows numbers
};
void MultiplyDense(const DenseProduct& product);

// sums[j] += Σ_{c < cols} M(j, c) for M of rows × cols stored contiguously (ld = rows).
void AddRowSums(const double* m, int rows, int cols, double* sums);

// out[i] = tanh(in[i]) for i < count (in and out may be the same array). Relative error a few
// ulp (Cephes' rational form for |x| < 0.625, (e^{2|x|} − 1)/(e^{2|x|} + 1) above, one
// division for both); exactly ±1 beyond |x| = 20; NaN stays NaN.
void TanhArray(const double* in, double* out, int count);

// delta[i] *= 1 − a[i]², tanh's derivative from its value.
void MultiplyByTanhDerivative(const double* a, double* delta, int count);

// One pass over n rows x_i (d numbers each, row-major) and targets y_i of least squares:
// gram (d × d, column-major) += Σ x_i x_iᵀ, moment (d) += Σ y_i x_i; returns Σ y_i².
double AccumulateNormalEquations(const double* x, const double* y, int n, int d, double* gram,
                                 double* moment);

// Σ (x_i · w − y_i)² over the same rows.
double SumSquaredResiduals(const double* x, const double* y, int n, int d, const double* w);

}  // namespace descent

#endif  // DESCENT_CORE_DENSE_KERNELS_H_
