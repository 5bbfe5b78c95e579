// 1-D data for polynomial fitting (seed 004 §1.5): noisy samples of sin(2πx) on [0, 1], with a
// separate test set so that over-fitting at high degree shows as a rising test error.
#ifndef DESCENT_CORE_DATA_SINE_DATA_H_
#define DESCENT_CORE_DATA_SINE_DATA_H_

#include <cstdint>
#include <string>

#include "core/data/dataset.h"

namespace descent {

constexpr int kMaxSinePoints = 1000;

struct SineDataConfig {
  int train_count = 10;       // 1..kMaxSinePoints
  int test_count = 100;       // 0..kMaxSinePoints
  double noise_std = 0.3;     // standard deviation of the Gaussian noise on y, 0..2
  bool evenly_spaced = true;  // training x on a grid (Bishop's figure); else uniform random
  uint64_t seed = 1;
};

// The noise-free curve sin(2πx), for drawing the truth behind the points.
double SineTruth(double x);

// Empty when valid; otherwise a readable message.
std::string ValidateSineData(const SineDataConfig& config);

// train: inputs n × 1 (x in [0, 1]), targets n × 1 (sin 2πx + noise); test: the same with x
// uniform in [0, 1]. Deterministic for a seed. Call ValidateSineData first; invalid counts are
// clamped to their range.
TrainTestSplit MakeSineData(const SineDataConfig& config);

}  // namespace descent

#endif  // DESCENT_CORE_DATA_SINE_DATA_H_
