#include <gtest/gtest.h>

#include <cmath>

#include "core/data/commute_data.h"
#include "core/data/dataset.h"
#include "core/data/sine_data.h"

namespace descent {
namespace {

TEST(CommuteDataTest, MatchesSeed) {
  const Dataset data = CommuteTimeData();
  ASSERT_EQ(data.size(), 5);
  ASSERT_EQ(data.input_dim(), 2);
  const double distance[] = {2.7, 4.1, 1.0, 5.2, 2.8};
  const double weekday[] = {1, 1, 0, 1, 0};
  const double minutes[] = {25, 33, 15, 45, 22};
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(data.inputs(i, 0), distance[i]);
    EXPECT_EQ(data.inputs(i, 1), weekday[i]);
    EXPECT_EQ(data.targets(i, 0), minutes[i]);
  }
  EXPECT_STREQ(CommuteColumnName(2), "minutes");
}

TEST(LabelEncodingTest, ConvertsBothWaysIdempotently) {
  RowMatrix labels(4, 1);
  labels << 1, -1, -1, 1;
  ConvertBinaryLabels(LabelEncoding::kZeroOne, &labels);
  EXPECT_EQ(labels(0, 0), 1);
  EXPECT_EQ(labels(1, 0), 0);
  ConvertBinaryLabels(LabelEncoding::kZeroOne, &labels);
  EXPECT_EQ(labels(1, 0), 0);
  ConvertBinaryLabels(LabelEncoding::kPlusMinusOne, &labels);
  EXPECT_EQ(labels(1, 0), -1);
  EXPECT_EQ(labels(3, 0), 1);
  EXPECT_STREQ(LabelEncodingName(LabelEncoding::kZeroOne), "zero-one");
}

TEST(SplitTest, PartitionsDeterministically) {
  Dataset data;
  data.inputs.resize(10, 1);
  data.targets.resize(10, 1);
  for (int i = 0; i < 10; ++i) {
    data.inputs(i, 0) = i;
    data.targets(i, 0) = 10 * i;
  }
  EXPECT_EQ(ValidateSplit(10, 0.3), "");
  const TrainTestSplit a = SplitTrainTest(data, 0.3, 5);
  const TrainTestSplit b = SplitTrainTest(data, 0.3, 5);
  ASSERT_EQ(a.train.size(), 7);
  ASSERT_EQ(a.test.size(), 3);
  EXPECT_EQ(a.test.inputs, b.test.inputs);
  double sum = a.train.inputs.sum() + a.test.inputs.sum();
  EXPECT_EQ(sum, 45);  // every sample lands in exactly one part
  for (int i = 0; i < 3; ++i) EXPECT_EQ(a.test.targets(i, 0), 10 * a.test.inputs(i, 0));
  EXPECT_EQ(ValidateSplit(10, 1.0), "test fraction must be at least 0 and below 1 (got 1)");
  EXPECT_EQ(ValidateSplit(1, 0.6), "a test fraction of 0.6 leaves no training samples out of 1");
  EXPECT_EQ(SplitTrainTest(data, 0.0, 1).test.size(), 0);
}

TEST(SineDataTest, ShapesNoiseAndDeterminism) {
  SineDataConfig config;
  config.train_count = 20;
  config.test_count = 50;
  config.seed = 3;
  EXPECT_EQ(ValidateSineData(config), "");
  const TrainTestSplit a = MakeSineData(config);
  const TrainTestSplit b = MakeSineData(config);
  ASSERT_EQ(a.train.size(), 20);
  ASSERT_EQ(a.test.size(), 50);
  EXPECT_EQ(a.train.targets, b.train.targets);
  EXPECT_EQ(a.train.inputs(0, 0), 0.0);
  EXPECT_EQ(a.train.inputs(19, 0), 1.0);
  EXPECT_GE(a.test.inputs.minCoeff(), 0.0);
  EXPECT_LT(a.test.inputs.maxCoeff(), 1.0);
  config.noise_std = 0;
  const TrainTestSplit clean = MakeSineData(config);
  for (int i = 0; i < 20; ++i) {
    EXPECT_NEAR(clean.train.targets(i, 0), SineTruth(clean.train.inputs(i, 0)), 1e-15);
  }
  config.train_count = 0;
  EXPECT_EQ(ValidateSineData(config),
            "number of training points must be between 1 and 1000 (got 0)");
}

}  // namespace
}  // namespace descent
