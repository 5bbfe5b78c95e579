#include "core/dense_kernels.h"

#include <cstdint>
#if defined(__SSE2__) && !defined(__wasm_simd128__)
#include <emmintrin.h>
#endif

namespace descent {

namespace {

typedef double F64x2 __attribute__((vector_size(16)));
typedef int64_t I64x2 __attribute__((vector_size(16)));

inline F64x2 Load(const double* p) {
  F64x2 v;
  __builtin_memcpy(&v, p, sizeof v);
  return v;
}
inline void Store(double* p, F64x2 v) { __builtin_memcpy(p, &v, sizeof v); }
inline F64x2 Splat(double x) { return F64x2{x, x}; }
// A cast between vector types of one size keeps the bits (GNU vector extensions).
inline I64x2 Bits(F64x2 v) { return (I64x2)v; }
inline F64x2 FromBits(I64x2 v) { return (F64x2)v; }
// mask ? a : b lane by lane, mask lanes all ones or all zeros (a comparison's result).
inline F64x2 Select(I64x2 mask, F64x2 a, F64x2 b) {
  return FromBits((mask & Bits(a)) | (~mask & Bits(b)));
}

// min(x, limit), NaN staying NaN: one instruction where there is one (a select costs four).
inline F64x2 MinKeepingNaN(F64x2 x, double limit) {
#if defined(__wasm_simd128__)
  return __builtin_wasm_pmin_f64x2(x, Splat(limit));  // limit < x ? limit : x
#elif defined(__SSE2__)
  return _mm_min_pd(Splat(limit), x);  // limit < x ? limit : x
#else
  return Select(x > limit, Splat(limit), x);
#endif
}

// Rows r..r+2V of columns c..c+C of the product (C = 1 or 2): two columns at a time share
// each load of A.
template <int V, int C>
inline void MultiplyTile(const DenseProduct& p, int r, int c) {
  F64x2 acc[C][V];
  for (int j = 0; j < C; ++j) {
    double* out = p.c + (c + j) * p.ldc + r;
    const double* start = p.bias != nullptr ? p.bias + r : (p.accumulate ? out : nullptr);
    for (int v = 0; v < V; ++v) acc[j][v] = start != nullptr ? Load(start + 2 * v) : Splat(0);
  }
  const double* b = p.b + c * p.b_col_stride;
  const double* a = p.a + r;
  for (int k = 0; k < p.inner; ++k, b += p.b_inner_stride, a += p.lda) {
    F64x2 column[V];
    for (int v = 0; v < V; ++v) column[v] = Load(a + 2 * v);
    for (int j = 0; j < C; ++j) {
      const F64x2 scale = Splat(b[j * p.b_col_stride]);
      for (int v = 0; v < V; ++v) acc[j][v] += scale * column[v];
    }
  }
  for (int j = 0; j < C; ++j) {
    for (int v = 0; v < V; ++v) Store(p.c + (c + j) * p.ldc + r + 2 * v, acc[j][v]);
  }
}

// V vectors (2V rows starting at row r) of every column of C.
template <int V>
void MultiplyRowBlock(const DenseProduct& p, int r) {
  int c = 0;
  for (; c + 2 <= p.cols; c += 2) MultiplyTile<V, 2>(p, r, c);
  if (c < p.cols) MultiplyTile<V, 1>(p, r, c);
}

// The last row when rows is odd.
void MultiplyLastRow(const DenseProduct& p, int r) {
  for (int c = 0; c < p.cols; ++c) {
    double sum = p.bias != nullptr ? p.bias[r] : (p.accumulate ? p.c[c * p.ldc + r] : 0.0);
    const double* b = p.b + c * p.b_col_stride;
    for (int k = 0; k < p.inner; ++k) sum += b[k * p.b_inner_stride] * p.a[k * p.lda + r];
    p.c[c * p.ldc + r] = sum;
  }
}

// e^r = (Q(r²) + rP(r²)) / (Q(r²) − rP(r²)) for |r| ≤ ln2/2: Cephes exp.c's Padé form.
constexpr double kExpP[] = {1.26177193074810590878E-4, 3.02994407707441961300E-2,
                            9.99999999999999999910E-1};
constexpr double kExpQ[] = {3.00198505138664455042E-6, 2.52448340349684104192E-3,
                            2.27265548208155028766E-1, 2.00000000000000000009E0};
constexpr double kLog2E = 1.4426950408889634073599;
constexpr double kLn2Hi = 6.93145751953125E-1;        // ln 2 = kLn2Hi + kLn2Lo, kLn2Hi exact in
constexpr double kLn2Lo = 1.42860682030941723212E-6;  // few bits so n·kLn2Hi is exact
constexpr double kRoundMagic = 6755399441055744.0;    // 1.5·2^52: x + it − it rounds x
constexpr double kTanhSaturate = 20.0;                // tanh(20) is 1 in double

// tanh|x| = (1 − e^y)/(1 + e^y) with y = −2|x| = n ln2 + r and e^y = 2^n (Q + rP)/(Q − rP):
//   tanh|x| = (Q(1 − 2^n) − rP(1 + 2^n)) / (Q(1 + 2^n) − rP(1 − 2^n)).
// 1 ± 2^n are exact, so for n = 0 (|x| < 0.17) the numerator is −2rP without cancellation,
// and for n < 0 its two terms differ by at least a factor 2: one formula and one division
// for every x, a few ulp.
inline F64x2 Tanh(F64x2 x) {
  const I64x2 sign = Bits(x) & INT64_MIN;
  F64x2 ax = FromBits(Bits(x) & INT64_MAX);
  ax = MinKeepingNaN(ax, kTanhSaturate);
  const F64x2 y = -2.0 * ax;
  const F64x2 shifted = y * kLog2E + kRoundMagic;
  const F64x2 n = shifted - kRoundMagic;
  const F64x2 r = (y - n * kLn2Hi) - n * kLn2Lo;
  const F64x2 rr = r * r;
  const F64x2 rp = r * ((kExpP[0] * rr + kExpP[1]) * rr + kExpP[2]);
  const F64x2 q = ((kExpQ[0] * rr + kExpQ[1]) * rr + kExpQ[2]) * rr + kExpQ[3];
  const I64x2 exponent = Bits(shifted) - Bits(Splat(kRoundMagic));  // n as an integer
  const F64x2 two_n = FromBits((exponent + 1023) << 52);
  const F64x2 one_minus = 1.0 - two_n, one_plus = 1.0 + two_n;
  const F64x2 num = q * one_minus - rp * one_plus;
  const F64x2 den = q * one_plus - rp * one_minus;
  return FromBits(Bits(num / den) | sign);
}

// AccumulateNormalEquations for d = D ≤ 4, the sums in registers: each row is V vectors
// (zero-padded when D is odd) and column a of the Gram matrix gathers x_ia · x_i.
template <int D>
double NormalEquationsOfWidth(const double* x, const double* y, int n, double* gram,
                              double* moment) {
  constexpr int V = (D + 1) / 2;
  F64x2 g[D][V], m[V];
  for (int v = 0; v < V; ++v) {
    m[v] = Splat(0);
    for (int a = 0; a < D; ++a) g[a][v] = Splat(0);
  }
  double power = 0;
  for (int i = 0; i < n; ++i) {
    const double* row = x + i * D;
    F64x2 r[V];
    for (int v = 0; v < V; ++v) r[v] = 2 * v + 1 < D ? Load(row + 2 * v) : F64x2{row[2 * v], 0.0};
    for (int a = 0; a < D; ++a) {
      const F64x2 s = Splat(row[a]);
      for (int v = 0; v < V; ++v) g[a][v] += s * r[v];
    }
    const F64x2 t = Splat(y[i]);
    for (int v = 0; v < V; ++v) m[v] += t * r[v];
    power += y[i] * y[i];
  }
  for (int b = 0; b < D; ++b) {
    moment[b] += m[b / 2][b % 2];
    for (int a = 0; a < D; ++a) gram[a * D + b] += g[a][b / 2][b % 2];
  }
  return power;
}

}  // namespace

double AccumulateNormalEquations(const double* x, const double* y, int n, int d, double* gram,
                                 double* moment) {
  switch (d) {
    case 1:
      return NormalEquationsOfWidth<1>(x, y, n, gram, moment);
    case 2:
      return NormalEquationsOfWidth<2>(x, y, n, gram, moment);
    case 3:
      return NormalEquationsOfWidth<3>(x, y, n, gram, moment);
    case 4:
      return NormalEquationsOfWidth<4>(x, y, n, gram, moment);
    default:
      break;
  }
  double power = 0;
  for (int i = 0; i < n; ++i) {
    const double* row = x + i * d;
    for (int a = 0; a < d; ++a) {
      for (int b = 0; b < d; ++b) gram[a * d + b] += row[a] * row[b];
      moment[a] += y[i] * row[a];
    }
    power += y[i] * y[i];
  }
  return power;
}

double SumSquaredResiduals(const double* x, const double* y, int n, int d, const double* w) {
  // Two rows per pass, one per lane.
  F64x2 sum = Splat(0);
  int i = 0;
  for (; i + 2 <= n; i += 2) {
    F64x2 residual = -F64x2{y[i], y[i + 1]};
    for (int a = 0; a < d; ++a) residual += Splat(w[a]) * F64x2{x[i * d + a], x[(i + 1) * d + a]};
    sum += residual * residual;
  }
  double total = sum[0] + sum[1];
  for (; i < n; ++i) {
    double residual = -y[i];
    for (int a = 0; a < d; ++a) residual += w[a] * x[i * d + a];
    total += residual * residual;
  }
  return total;
}

void MultiplyDense(const DenseProduct& p) {
  int r = 0;
  for (; r + 8 <= p.rows; r += 8) MultiplyRowBlock<4>(p, r);
  switch ((p.rows - r) / 2) {
    case 3:
      MultiplyRowBlock<3>(p, r);
      break;
    case 2:
      MultiplyRowBlock<2>(p, r);
      break;
    case 1:
      MultiplyRowBlock<1>(p, r);
      break;
    default:
      break;
  }
  if (p.rows % 2 != 0) MultiplyLastRow(p, p.rows - 1);
}

__attribute__((noinline)) void AddRowSums(const double* m, int rows, int cols, double* sums) {
  int j = 0;
  for (; j + 2 <= rows; j += 2) {
    F64x2 sum = Load(sums + j);
    for (int c = 0; c < cols; ++c) sum += Load(m + c * rows + j);
    Store(sums + j, sum);
  }
  if (j < rows) {
    for (int c = 0; c < cols; ++c) sums[j] += m[c * rows + j];
  }
}

void TanhArray(const double* in, double* out, int count) {
  int i = 0;
  for (; i + 2 <= count; i += 2) Store(out + i, Tanh(Load(in + i)));
  if (i < count) out[i] = Tanh(Splat(in[i]))[0];
}

void MultiplyByTanhDerivative(const double* a, double* delta, int count) {
  int i = 0;
  for (; i + 2 <= count; i += 2) {
    const F64x2 value = Load(a + i);
    Store(delta + i, Load(delta + i) * (1.0 - value * value));
  }
  if (i < count) delta[i] *= 1.0 - a[i] * a[i];
}

}  // namespace descent
