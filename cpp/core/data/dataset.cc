#include "core/data/dataset.h"

#include <algorithm>
#include <cmath>

#include "core/message.h"
#include "core/random.h"

namespace descent {

const char* LabelEncodingName(LabelEncoding encoding) {
  switch (encoding) {
    case LabelEncoding::kPlusMinusOne:
      return "plus-minus-one";
    case LabelEncoding::kZeroOne:
      return "zero-one";
  }
  return "plus-minus-one";
}

const std::vector<std::string>& LabelEncodingNames() {
  static const std::vector<std::string> names = {LabelEncodingName(LabelEncoding::kPlusMinusOne),
                                                 LabelEncodingName(LabelEncoding::kZeroOne)};
  return names;
}

bool LabelEncodingFromName(const std::string& name, LabelEncoding* encoding) {
  for (LabelEncoding candidate : {LabelEncoding::kPlusMinusOne, LabelEncoding::kZeroOne}) {
    if (name == LabelEncodingName(candidate)) {
      *encoding = candidate;
      return true;
    }
  }
  return false;
}

void ConvertBinaryLabels(LabelEncoding to, RowMatrix* targets) {
  for (Eigen::Index i = 0; i < targets->size(); ++i) {
    double& value = targets->data()[i];
    // One threshold serves both source encodings: +1 and 1 lie above 0.5, −1 and 0 below. So
    // the call is idempotent and needs no flag saying what the data used before.
    const bool positive = value > 0.5;
    if (to == LabelEncoding::kZeroOne) {
      value = positive ? 1.0 : 0.0;
    } else {
      value = positive ? 1.0 : -1.0;
    }
  }
}

Dataset SelectRows(const Dataset& source, const std::vector<int>& indices) {
  Dataset result;
  const Eigen::Index count = static_cast<Eigen::Index>(indices.size());
  result.inputs.resize(count, source.inputs.cols());
  result.targets.resize(count, source.targets.cols());
  for (Eigen::Index r = 0; r < count; ++r) {
    result.inputs.row(r) = source.inputs.row(indices[r]);
    result.targets.row(r) = source.targets.row(indices[r]);
  }
  return result;
}

std::string ValidateSplit(int size, double test_fraction) {
  MessageBuilder message;
  if (!std::isfinite(test_fraction) || test_fraction < 0.0 || test_fraction >= 1.0) {
    message << "test fraction must be at least 0 and below 1 (got " << test_fraction << ")";
    return message.str();
  }
  if (size < 1) return "the data set is empty: nothing to split";
  const int test_count = static_cast<int>(std::lround(test_fraction * size));
  if (size - test_count < 1) {
    message << "a test fraction of " << test_fraction << " leaves no training samples out of "
            << size;
    return message.str();
  }
  return "";
}

TrainTestSplit SplitTrainTest(const Dataset& source, double test_fraction, uint64_t seed) {
  const int n = source.size();
  if (!std::isfinite(test_fraction)) test_fraction = 0.0;
  test_fraction = std::min(std::max(test_fraction, 0.0), 1.0);
  int test_count = static_cast<int>(std::lround(test_fraction * n));
  test_count = std::max(0, std::min(test_count, n - 1));

  std::vector<int> order(n);
  for (int i = 0; i < n; ++i) order[i] = i;
  Random random(seed);
  random.Shuffle(&order);

  std::vector<int> test_rows(order.begin(), order.begin() + test_count);
  std::vector<int> train_rows(order.begin() + test_count, order.end());
  TrainTestSplit split;
  split.train = SelectRows(source, train_rows);
  split.test = SelectRows(source, test_rows);
  return split;
}

}  // namespace descent
