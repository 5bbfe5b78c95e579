#include "core/optim/sampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <climits>
#include <vector>

namespace descent {
namespace {

SamplingConfig ConfigFor(SamplingKind kind, int batch_size) {
  SamplingConfig config;
  config.kind = kind;
  config.batch_size = batch_size;
  return config;
}

// BatchesLeftInEpoch predicts exactly which NextBatch ends the epoch, for every kind, with a
// batch size that does not divide the sample count (short last batch; carried-over draws).
TEST(SamplerTest, BatchesLeftInEpochPredictsTheEpochEnd) {
  for (SamplingKind kind : {SamplingKind::kFullBatch, SamplingKind::kWithoutReplacement,
                            SamplingKind::kWithReplacement, SamplingKind::kInOrder}) {
    Sampler sampler(ConfigFor(kind, 3), 10, 7);
    for (int step = 0; step < 40; ++step) {
      const int left = sampler.BatchesLeftInEpoch();
      ASSERT_GE(left, 1);
      sampler.NextBatch();
      EXPECT_EQ(sampler.epoch_ended(), left == 1) << static_cast<int>(kind) << " step " << step;
      if (left > 1) EXPECT_EQ(sampler.BatchesLeftInEpoch(), left - 1);
    }
  }
  Sampler empty(ConfigFor(SamplingKind::kWithoutReplacement, 4), 0, 1);
  EXPECT_EQ(empty.BatchesLeftInEpoch(), INT_MAX);
}

TEST(SamplerTest, NamesRoundTrip) {
  const std::vector<std::string>& names = SamplingNames();
  ASSERT_EQ(names.size(), 4u);
  for (size_t i = 0; i < names.size(); ++i) {
    SamplingKind kind = SamplingKind::kFullBatch;
    ASSERT_TRUE(SamplingKindFromName(names[i], &kind));
    EXPECT_EQ(static_cast<size_t>(kind), i);
  }
  SamplingKind kind = SamplingKind::kInOrder;
  EXPECT_FALSE(SamplingKindFromName("stratified", &kind));
  EXPECT_EQ(kind, SamplingKind::kInOrder);
}

TEST(SamplerTest, FullBatchIsEmptyAndEveryStepIsAnEpoch) {
  Sampler sampler(ConfigFor(SamplingKind::kFullBatch, 3), 5, 1);
  for (int t = 1; t <= 4; ++t) {
    EXPECT_TRUE(sampler.NextBatch().empty());
    EXPECT_TRUE(sampler.epoch_ended());
    EXPECT_EQ(sampler.epoch(), t);
  }
}

TEST(SamplerTest, NoDataGivesEmptyBatches) {
  Sampler sampler(ConfigFor(SamplingKind::kWithoutReplacement, 4), 0, 1);
  for (int t = 0; t < 3; ++t) EXPECT_TRUE(sampler.NextBatch().empty());
  EXPECT_EQ(sampler.epoch(), 0);
  EXPECT_EQ(ValidateSampling(ConfigFor(SamplingKind::kWithReplacement, 4), 0), "");
}

TEST(SamplerTest, WithoutReplacementVisitsEachSampleOncePerEpochAndReshuffles) {
  const int n = 10;
  Sampler sampler(ConfigFor(SamplingKind::kWithoutReplacement, 3), n, 7);
  std::vector<std::vector<int>> epochs;
  std::vector<int> current;
  for (int step = 0; step < 4 * 4; ++step) {  // 10 samples in batches 3, 3, 3, 1
    const std::vector<int>& batch = sampler.NextBatch();
    EXPECT_EQ(batch.size(), (step % 4 == 3) ? 1u : 3u);
    current.insert(current.end(), batch.begin(), batch.end());
    EXPECT_EQ(sampler.epoch_ended(), step % 4 == 3);
    if (sampler.epoch_ended()) {
      epochs.push_back(current);
      current.clear();
      EXPECT_EQ(sampler.epoch(), static_cast<int>(epochs.size()));
    }
  }
  ASSERT_EQ(epochs.size(), 4u);
  for (const std::vector<int>& order : epochs) {
    std::vector<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < n; ++i) EXPECT_EQ(sorted[i], i);  // each sample exactly once
  }
  EXPECT_NE(epochs[0], epochs[1]);  // reshuffled between epochs
  EXPECT_NE(epochs[1], epochs[2]);
}

TEST(SamplerTest, WithReplacementDrawsInRangeAndCountsEpochsBySamplesDrawn) {
  const int n = 5;
  Sampler sampler(ConfigFor(SamplingKind::kWithReplacement, 2), n, 3);
  std::vector<int> counts(n, 0);
  int epochs_seen = 0;
  for (int step = 1; step <= 1000; ++step) {
    const std::vector<int>& batch = sampler.NextBatch();
    ASSERT_EQ(batch.size(), 2u);
    for (int index : batch) {
      ASSERT_GE(index, 0);
      ASSERT_LT(index, n);
      ++counts[index];
    }
    epochs_seen += sampler.epoch_ended();
    EXPECT_EQ(sampler.epoch(), (2 * step) / n);
  }
  EXPECT_EQ(epochs_seen, 400);
  for (int c : counts) EXPECT_GT(c, 300);  // 400 expected each
}

TEST(SamplerTest, InOrderCyclesThroughTheData) {
  Sampler sampler(ConfigFor(SamplingKind::kInOrder, 2), 5, 1);
  const std::vector<std::vector<int>> expected = {{0, 1}, {2, 3}, {4}, {0, 1}, {2, 3}, {4}};
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(sampler.NextBatch(), expected[i]);
    EXPECT_EQ(sampler.epoch_ended(), i % 3 == 2);
  }
  EXPECT_EQ(sampler.epoch(), 2);
}

TEST(SamplerTest, OnlineLearningIsBatchSizeOne) {
  Sampler sampler(ConfigFor(SamplingKind::kWithoutReplacement, 1), 4, 9);
  for (int step = 1; step <= 8; ++step) {
    EXPECT_EQ(sampler.NextBatch().size(), 1u);
    EXPECT_EQ(sampler.epoch(), step / 4);
  }
}

TEST(SamplerTest, SameSeedSameBatchesAndResetReplays) {
  Sampler a(ConfigFor(SamplingKind::kWithoutReplacement, 4), 11, 42);
  Sampler b(ConfigFor(SamplingKind::kWithoutReplacement, 4), 11, 42);
  std::vector<std::vector<int>> first;
  for (int step = 0; step < 20; ++step) {
    first.push_back(a.NextBatch());
    EXPECT_EQ(first.back(), b.NextBatch());
  }
  a.Reset(42);
  EXPECT_EQ(a.epoch(), 0);
  for (int step = 0; step < 20; ++step) EXPECT_EQ(a.NextBatch(), first[step]);
  a.Reset(43);
  bool differs = false;
  for (int step = 0; step < 20; ++step) differs |= a.NextBatch() != first[step];
  EXPECT_TRUE(differs);
}

TEST(SamplerTest, BatchStorageIsNeverReallocated) {
  Sampler sampler(ConfigFor(SamplingKind::kWithReplacement, 3), 10, 1);
  const int* data = sampler.NextBatch().data();
  for (int step = 0; step < 100; ++step) EXPECT_EQ(sampler.NextBatch().data(), data);
}

TEST(SamplerTest, ValidationMessages) {
  EXPECT_EQ(ValidateSampling(ConfigFor(SamplingKind::kWithoutReplacement, 2), 5), "");
  EXPECT_EQ(ValidateSampling(ConfigFor(SamplingKind::kWithoutReplacement, 5), 5), "");
  EXPECT_EQ(ValidateSampling(ConfigFor(SamplingKind::kWithoutReplacement, 0), 5),
            "batch size must be at least 1, got 0");
  EXPECT_EQ(ValidateSampling(ConfigFor(SamplingKind::kInOrder, 6), 5),
            "batch size must not exceed the number of samples (5), got 6");
  EXPECT_EQ(ValidateSampling(ConfigFor(SamplingKind::kFullBatch, 0), 5), "");  // unused
}

}  // namespace
}  // namespace descent
