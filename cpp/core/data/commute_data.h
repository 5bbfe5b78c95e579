// The commute-time data of seed 004 §1.7: five trips to campus, their distance, whether it was a
// weekday, and how long they took. The regression lab's default data set and a test vector.
#ifndef DESCENT_CORE_DATA_COMMUTE_DATA_H_
#define DESCENT_CORE_DATA_COMMUTE_DATA_H_

#include "core/data/dataset.h"

namespace descent {

constexpr int kCommuteSampleCount = 5;

// inputs: 5 × 2, column 0 = distance in km, column 1 = weekday flag (1 weekday, 0 weekend).
// targets: 5 × 1, commute time in minutes. No bias column: add it with WithBiasColumn.
// With a bias column first the normal equation gives W* = [6.08613445378149 (bias),
// 6.53361344537816 (per km), 2.11274509803922 (weekday)].
Dataset CommuteTimeData();

// Column names for axis labels, in input order, then the target.
const char* CommuteColumnName(int column);  // 0 "distance (km)", 1 "weekday", 2 "minutes"

}  // namespace descent

#endif  // DESCENT_CORE_DATA_COMMUTE_DATA_H_
