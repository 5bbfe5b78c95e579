#include "core/optim/schedule.h"

#include <cmath>

#include "core/message.h"

namespace descent {
namespace {

constexpr double kPi = 3.14159265358979323846264338327950288;

// base^n by repeated squaring: plain multiplications, so the step schedule is bit-identical in
// the native and wasm builds (std::pow may differ in the last bit between C libraries).
double IntegerPower(double base, long long n) {
  double result = 1;
  for (; n > 0; n >>= 1, base *= base) {
    if (n & 1) result *= base;
  }
  return result;
}

}  // namespace

const std::vector<std::string>& ScheduleNames() {
  // Never destroyed (no static-destruction-order trouble); immutable after first use.
  static const std::vector<std::string>* const names = new std::vector<std::string>{
      "constant", "inverse-sqrt", "inverse", "step", "exponential", "cosine"};
  return *names;
}

bool ScheduleKindFromName(const std::string& name, ScheduleKind* kind) {
  const std::vector<std::string>& names = ScheduleNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) {
      *kind = static_cast<ScheduleKind>(i);
      return true;
    }
  }
  return false;
}

std::string ValidateSchedule(const ScheduleConfig& config) {
  // As for optimizers, only the fields the chosen schedule uses are checked.
  switch (config.kind) {
    case ScheduleKind::kConstant:
    case ScheduleKind::kInverseSqrt:
    case ScheduleKind::kInverse:
      return "";
    case ScheduleKind::kStep:
    case ScheduleKind::kExponential:
      // A decay above 1 would make the rate grow without bound: that is divergence, not a
      // schedule.
      if (!(config.decay > 0 && config.decay <= 1))
        return DescribeValue("decay factor must be in (0, 1]", config.decay);
      if (config.period < 1)
        return DescribeValue("decay period must be at least 1 step", config.period);
      return "";
    case ScheduleKind::kCosine:
      if (config.period < 1)
        return DescribeValue("cosine period must be at least 1 step", config.period);
      if (!(std::isfinite(config.min_rate) && config.min_rate >= 0))
        return DescribeValue("minimum learning rate must be a finite number >= 0", config.min_rate);
      return "";
  }
  return "unknown schedule";
}

double LearningRateAt(const ScheduleConfig& config, double base_rate, int t) {
  // Steps count from 1; treating t < 1 as 1 keeps η_t finite (C/0 would be infinite).
  const double step = t < 1 ? 1.0 : static_cast<double>(t);
  const double period = config.period < 1 ? 1.0 : static_cast<double>(config.period);
  switch (config.kind) {
    case ScheduleKind::kConstant:
      return base_rate;
    case ScheduleKind::kInverseSqrt:
      return base_rate / std::sqrt(step);
    case ScheduleKind::kInverse:
      return base_rate / step;
    case ScheduleKind::kStep:
      return base_rate * IntegerPower(config.decay, (static_cast<long long>(step) - 1) /
                                                        static_cast<long long>(period));
    case ScheduleKind::kExponential:
      return base_rate * std::pow(config.decay, (step - 1) / period);
    case ScheduleKind::kCosine: {
      const double progress = std::fmin(step - 1, period) / period;
      return config.min_rate + (base_rate - config.min_rate) * (1 + std::cos(kPi * progress)) / 2;
    }
  }
  return base_rate;
}

}  // namespace descent
