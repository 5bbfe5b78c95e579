#include "core/data/commute_data.h"

namespace descent {
namespace {

constexpr double kDistanceKm[kCommuteSampleCount] = {2.7, 4.1, 1.0, 5.2, 2.8};
constexpr double kWeekday[kCommuteSampleCount] = {1, 1, 0, 1, 0};
constexpr double kMinutes[kCommuteSampleCount] = {25, 33, 15, 45, 22};

}  // namespace

Dataset CommuteTimeData() {
  Dataset data;
  data.inputs.resize(kCommuteSampleCount, 2);
  data.targets.resize(kCommuteSampleCount, 1);
  for (int i = 0; i < kCommuteSampleCount; ++i) {
    data.inputs(i, 0) = kDistanceKm[i];
    data.inputs(i, 1) = kWeekday[i];
    data.targets(i, 0) = kMinutes[i];
  }
  return data;
}

const char* CommuteColumnName(int column) {
  switch (column) {
    case 0:
      return "distance (km)";
    case 1:
      return "weekday";
    case 2:
      return "minutes";
    default:
      return "";
  }
}

}  // namespace descent
