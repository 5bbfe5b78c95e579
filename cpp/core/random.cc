#include "core/random.h"

#include <cmath>
#include <cstring>
#include <utility>

namespace descent {
namespace {

// splitmix64 spreads any seed (0 and small integers included) over all 256 bits of the
// xoshiro state, which must not be all zero; this is the seeding its authors recommend.
uint64_t SplitMix64(uint64_t* x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

uint64_t RotateLeft(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

// Box–Muller needs a logarithm and a sine/cosine. The C libraries disagree in the last bit
// (glibc vs Emscripten's musl differ on ~3% of Box–Muller draws; CONTRIBUTING.md pitfall 14), so
// these are computed here from +, −, ×, ÷ only, which IEEE 754 rounds identically everywhere.
// They are accurate to about 1 ulp and only ever see the arguments Box–Muller gives them.

// ln x for x in [2^-53, 1]: x = m·2^e with m in [√½, √2), ln m = 2 atanh(s), s = (m−1)/(m+1).
double PortableLog(double x) {
  uint64_t bits;
  std::memcpy(&bits, &x, sizeof bits);
  int exponent = static_cast<int>((bits >> 52) & 0x7ff) - 1023;
  bits = (bits & 0x000fffffffffffffULL) | 0x3ff0000000000000ULL;  // mantissa in [1, 2)
  double m;
  std::memcpy(&m, &bits, sizeof m);
  if (m > 1.4142135623730951) {
    m *= 0.5;  // exact
    ++exponent;
  }
  const double s = (m - 1) / (m + 1);  // |s| <= 0.172
  const double s2 = s * s;
  // atanh(s)/s = Σ s^(2k)/(2k+1); 12 terms leave an error below 1e-19.
  double series = 1.0 / 23;
  for (int k = 10; k >= 0; --k) series = 1.0 / (2 * k + 1) + s2 * series;
  // ln 2 split so that exponent·ln2_hi is exact (fdlibm's constants).
  const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10;
  return exponent * ln2_hi + (exponent * ln2_lo + 2 * s * series);
}

// sin and cos of 2πu for u in [0, 1). Reducing u (not the angle) is exact: 4u and the
// subtractions below lose no bits, so no π-reduction error arises.
void PortableSinCosTwoPi(double u, double* sine, double* cosine) {
  const double four_u = 4 * u;
  int quadrant = static_cast<int>(four_u);  // 0..3
  double f = four_u - quadrant;             // in [0, 1): angle (π/2)·f within the quadrant
  if (f > 0.5) {                            // keep |angle| <= π/4 for fast series
    f -= 1;
    quadrant = (quadrant + 1) & 3;
  }
  const double x = 1.5707963267948966 * f;  // |x| <= π/4
  const double x2 = x * x;
  // Taylor series to x^19 and x^18: the first omitted terms are below 1e-19.
  double sin_series = 0, cos_series = 0;
  for (int k = 9; k >= 1; --k) {
    sin_series = (1 - x2 * sin_series) / ((2 * k) * (2 * k + 1));
    cos_series = (1 - x2 * cos_series) / ((2 * k - 1) * (2 * k));
  }
  const double s = x - x * x2 * sin_series;
  const double c = 1 - x2 * cos_series;
  switch (quadrant) {
    case 0:
      *sine = s;
      *cosine = c;
      break;
    case 1:
      *sine = c;
      *cosine = -s;
      break;
    case 2:
      *sine = -s;
      *cosine = -c;
      break;
    default:
      *sine = -c;
      *cosine = s;
      break;
  }
}

}  // namespace

Random::Random(uint64_t seed) {
  uint64_t x = seed;
  for (uint64_t& word : state_) word = SplitMix64(&x);
}

uint64_t Random::NextU64() {
  // xoshiro256** (Blackman & Vigna): integer operations only, so wasm and native agree.
  const uint64_t result = RotateLeft(state_[1] * 5, 7) * 9;
  const uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = RotateLeft(state_[3], 45);
  return result;
}

double Random::Uniform() {
  // The top 53 bits scaled by 2^-53: exactly representable, so never rounds up to 1.
  return static_cast<double>(NextU64() >> 11) * 0x1.0p-53;
}

double Random::Uniform(double low, double high) { return low + (high - low) * Uniform(); }

int Random::UniformInt(int n) {
  if (n <= 1) return 0;
  const uint64_t bound = static_cast<uint64_t>(n);
  // Reject the lowest 2^64 mod n values so that every residue is equally likely.
  const uint64_t threshold = (0 - bound) % bound;
  uint64_t r;
  do {
    r = NextU64();
  } while (r < threshold);
  return static_cast<int>(r % bound);
}

double Random::Normal() {
  if (has_spare_normal_) {
    has_spare_normal_ = false;
    return spare_normal_;
  }
  // 1 − U lies in [2^-53, 1], so the logarithm is finite. sqrt is correctly rounded by IEEE
  // 754, so std::sqrt is safe; the log and sin/cos are the portable ones above.
  const double u1 = 1.0 - Uniform();
  const double u2 = Uniform();
  const double radius = std::sqrt(-2.0 * PortableLog(u1));
  double sine, cosine;
  PortableSinCosTwoPi(u2, &sine, &cosine);
  spare_normal_ = radius * sine;
  has_spare_normal_ = true;
  return radius * cosine;
}

void Random::Shuffle(std::vector<int>* values) {
  for (int i = static_cast<int>(values->size()) - 1; i > 0; --i) {
    std::swap((*values)[i], (*values)[UniformInt(i + 1)]);
  }
}

}  // namespace descent
