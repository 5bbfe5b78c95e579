#include "core/random.h"

#include <cmath>
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

constexpr double kTwoPi = 6.283185307179586476925286766559;

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
  // 1 − U lies in (0, 1], so the logarithm is finite.
  const double u1 = 1.0 - Uniform();
  const double u2 = Uniform();
  const double radius = std::sqrt(-2.0 * std::log(u1));
  const double angle = kTwoPi * u2;
  spare_normal_ = radius * std::sin(angle);
  has_spare_normal_ = true;
  return radius * std::cos(angle);
}

void Random::Shuffle(std::vector<int>* values) {
  for (int i = static_cast<int>(values->size()) - 1; i > 0; --i) {
    std::swap((*values)[i], (*values)[UniformInt(i + 1)]);
  }
}

}  // namespace descent
