// Learning-rate schedules η_t (seed 004 §2.2: C/√t and C/t; plus the usual practical ones).
#ifndef DESCENT_CORE_OPTIM_SCHEDULE_H_
#define DESCENT_CORE_OPTIM_SCHEDULE_H_

#include <string>
#include <vector>

namespace descent {

enum class ScheduleKind { kConstant, kInverseSqrt, kInverse, kStep, kExponential, kCosine };

struct ScheduleConfig {
  ScheduleKind kind = ScheduleKind::kConstant;
  // kStep: the factor applied every `period` steps, η·decay^⌊(t−1)/period⌋;
  // kExponential: η·decay^((t−1)/period), so that η_1 = η for every schedule.
  double decay = 0.5;
  int period = 100;     // kStep, kExponential: steps per decay; kCosine: steps to reach min
  double min_rate = 0;  // kCosine: floor of the cosine
};

// "constant", "inverse-sqrt" (C/√t), "inverse" (C/t), "step", "exponential", "cosine".
const std::vector<std::string>& ScheduleNames();
bool ScheduleKindFromName(const std::string& name, ScheduleKind* kind);
std::string ValidateSchedule(const ScheduleConfig& config);

// η_t for step t = 1, 2, ... with base rate C (= η_1 for every schedule). Constant, C/√t, C/t
// and step are bit-identical across the native and wasm builds; exponential and cosine use the
// C library's pow/cos, whose last bit may differ between them.
double LearningRateAt(const ScheduleConfig& config, double base_rate, int t);

}  // namespace descent

#endif  // DESCENT_CORE_OPTIM_SCHEDULE_H_
