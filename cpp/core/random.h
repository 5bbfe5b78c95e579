// The project's own random generator: xoshiro256** seeded through splitmix64, with its own
// transforms, so that native and wasm builds draw identical streams (libstdc++ and libc++
// distributions differ; CONTRIBUTING.md pitfall 13).
#ifndef DESCENT_CORE_RANDOM_H_
#define DESCENT_CORE_RANDOM_H_

#include <cstdint>
#include <vector>

namespace descent {

class Random {
 public:
  explicit Random(uint64_t seed);
  uint64_t NextU64();
  // Uniform in [0, 1) with 53 random bits.
  double Uniform();
  // Uniform in [low, high).
  double Uniform(double low, double high);
  // Uniform integer in [0, n), unbiased; n >= 1.
  int UniformInt(int n);
  // Standard normal via Box–Muller (caches the second value). Its log and sin/cos are the
  // project's own (+, −, ×, ÷ only, ~1 ulp), not the C library's, whose last bits differ between
  // glibc and Emscripten's musl: the stream is bit-identical in the native and wasm builds.
  double Normal();
  // Fisher–Yates shuffle.
  void Shuffle(std::vector<int>* values);

 private:
  uint64_t state_[4];
  bool has_spare_normal_ = false;
  double spare_normal_ = 0;
};

}  // namespace descent

#endif  // DESCENT_CORE_RANDOM_H_
