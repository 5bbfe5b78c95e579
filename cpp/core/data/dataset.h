// The data every lab trains on: n samples as rows of an input matrix and a target matrix, plus
// the helpers that split them and convert between the two binary label encodings.
#ifndef DESCENT_CORE_DATA_DATASET_H_
#define DESCENT_CORE_DATA_DATASET_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/eigen.h"

namespace descent {

// inputs: n × d (one sample per row, row-major so a sample is contiguous and crosses to JS as
// a flat array). targets: n × k. Binary classification uses k = 1 with labels ±1 (the seed's
// convention, 004 §1.4) or 0/1 (sigmoid/cross-entropy); multi-class uses one-hot rows
// (k = number of classes); regression uses k = 1 real values.
struct Dataset {
  RowMatrix inputs;
  RowMatrix targets;

  int size() const { return static_cast<int>(inputs.rows()); }
  int input_dim() const { return static_cast<int>(inputs.cols()); }
  int target_dim() const { return static_cast<int>(targets.cols()); }
};

// How a binary label is written into the target column.
enum class LabelEncoding {
  kPlusMinusOne,  // y ∈ {−1, +1}: perceptron, hinge, squared hinge, logistic (margin losses)
  kZeroOne,       // y ∈ {0, 1}: sigmoid output with cross-entropy
};

// "plus-minus-one" or "zero-one".
const char* LabelEncodingName(LabelEncoding encoding);
const std::vector<std::string>& LabelEncodingNames();
bool LabelEncodingFromName(const std::string& name, LabelEncoding* encoding);

// Rewrites binary targets between encodings in place: +1 ↔ 1 and −1 ↔ 0. A value above 0.5 is
// positive in either source encoding, so already-converted data is left unchanged.
void ConvertBinaryLabels(LabelEncoding to, RowMatrix* targets);

// The rows `indices` of `source` (in that order).
Dataset SelectRows(const Dataset& source, const std::vector<int>& indices);

struct TrainTestSplit {
  Dataset train;
  Dataset test;
};

// Empty when `test_fraction` can split a data set of `size` samples into a non-empty training
// part (0 ≤ fraction < 1); otherwise a readable message.
std::string ValidateSplit(int size, double test_fraction);

// Shuffles the sample order with `seed` and puts round(test_fraction · n) samples in the test
// part, the rest in the training part. Deterministic for a seed. Call ValidateSplit first; an
// invalid fraction is clamped to [0, 1) with at least one training sample kept.
TrainTestSplit SplitTrainTest(const Dataset& source, double test_fraction, uint64_t seed);

}  // namespace descent

#endif  // DESCENT_CORE_DATA_DATASET_H_
