#include "core/data/sine_data.h"

#include <algorithm>
#include <cmath>

#include "core/message.h"
#include "core/random.h"

namespace descent {
namespace {

constexpr double kTwoPi = 6.28318530717958647692;

void Fill(int count, bool evenly_spaced, double noise_std, Random* random, Dataset* data) {
  data->inputs.resize(count, 1);
  data->targets.resize(count, 1);
  for (int i = 0; i < count; ++i) {
    double x;
    if (evenly_spaced) {
      x = count == 1 ? 0.5 : static_cast<double>(i) / (count - 1);
    } else {
      x = random->Uniform();
    }
    data->inputs(i, 0) = x;
    data->targets(i, 0) = SineTruth(x) + noise_std * random->Normal();
  }
}

}  // namespace

double SineTruth(double x) { return std::sin(kTwoPi * x); }

std::string ValidateSineData(const SineDataConfig& config) {
  MessageBuilder message;
  if (config.train_count < 1 || config.train_count > kMaxSinePoints) {
    message << "number of training points must be between 1 and " << kMaxSinePoints << " (got "
            << config.train_count << ")";
  } else if (config.test_count < 0 || config.test_count > kMaxSinePoints) {
    message << "number of test points must be between 0 and " << kMaxSinePoints << " (got "
            << config.test_count << ")";
  } else if (!std::isfinite(config.noise_std) || config.noise_std < 0 || config.noise_std > 2) {
    message << "noise standard deviation must be between 0 and 2 (got " << config.noise_std << ")";
  }
  return message.str();
}

TrainTestSplit MakeSineData(const SineDataConfig& config) {
  const int train_count = std::min(std::max(config.train_count, 1), kMaxSinePoints);
  const int test_count = std::min(std::max(config.test_count, 0), kMaxSinePoints);
  const double noise = std::isfinite(config.noise_std) ? std::max(config.noise_std, 0.0) : 0.0;
  Random random(config.seed);
  TrainTestSplit split;
  Fill(train_count, config.evenly_spaced, noise, &random, &split.train);
  Fill(test_count, false, noise, &random, &split.test);
  return split;
}

}  // namespace descent
