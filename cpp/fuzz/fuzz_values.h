// Values drawn from libFuzzer's bytes the way a careless or hostile caller would give them: most
// often a valid name or an edge of a range (where validation bugs live), sometimes anything.
#ifndef DESCENT_FUZZ_FUZZ_VALUES_H_
#define DESCENT_FUZZ_FUZZ_VALUES_H_

#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <limits>
#include <string>
#include <vector>

namespace descent {
namespace fuzz {

// A name from `names`, one of them slightly altered, or an arbitrary short string.
inline std::string FuzzName(FuzzedDataProvider* data, const std::vector<std::string>& names) {
  const int kind = data->ConsumeIntegralInRange(0, 7);
  if (kind <= 4 && !names.empty()) {
    return names[data->ConsumeIntegralInRange<size_t>(0, names.size() - 1)];
  }
  if (kind == 5 && !names.empty()) {
    std::string name = names[data->ConsumeIntegralInRange<size_t>(0, names.size() - 1)];
    name.push_back(data->ConsumeIntegral<char>());
    return name;
  }
  return data->ConsumeRandomLengthString(24);
}

// A double: an edge (0, −0, ±1, NaN, ±∞, the extremes, subnormals, the JS safe-integer limit),
// a small whole number, or any bit pattern libFuzzer proposes.
inline double FuzzDouble(FuzzedDataProvider* data) {
  static const double kEdges[] = {0.0,
                                  -0.0,
                                  1.0,
                                  -1.0,
                                  0.5,
                                  1e-300,
                                  5e-324,
                                  std::numeric_limits<double>::quiet_NaN(),
                                  std::numeric_limits<double>::infinity(),
                                  -std::numeric_limits<double>::infinity(),
                                  std::numeric_limits<double>::max(),
                                  std::numeric_limits<double>::lowest(),
                                  9007199254740991.0,
                                  9007199254740992.0,
                                  2147483647.0,
                                  2147483648.0,
                                  -2147483649.0,
                                  1e12,
                                  1e-12};
  switch (data->ConsumeIntegralInRange(0, 3)) {
    case 0:
      return kEdges[data->ConsumeIntegralInRange<size_t>(0, std::size(kEdges) - 1)];
    case 1:
      return data->ConsumeIntegralInRange(-3, 100);
    case 2:
      return data->ConsumeProbability<double>();
    default:
      return data->ConsumeFloatingPoint<double>();
  }
}

// An int: an edge of int, a small value, or anything.
inline int FuzzInt(FuzzedDataProvider* data) {
  static const int kEdges[] = {0,
                               -1,
                               1,
                               2,
                               std::numeric_limits<int>::max(),
                               std::numeric_limits<int>::min(),
                               1'000'000,
                               1'000'001,
                               10'000,
                               10'001};
  switch (data->ConsumeIntegralInRange(0, 2)) {
    case 0:
      return kEdges[data->ConsumeIntegralInRange<size_t>(0, std::size(kEdges) - 1)];
    case 1:
      return data->ConsumeIntegralInRange(-2, 300);
    default:
      return data->ConsumeIntegral<int>();
  }
}

// Fails the run (libFuzzer reports it as a crash with the input saved) when `holds` is false:
// a property of the parsers, not only memory safety, is what the targets check.
inline void Require(bool holds, const char* what) {
  if (holds) return;
  std::fprintf(stderr, "property violated: %s\n", what);
  std::abort();
}

}  // namespace fuzz
}  // namespace descent

#endif  // DESCENT_FUZZ_FUZZ_VALUES_H_
