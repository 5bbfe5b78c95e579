#include "core/history.h"

#include <gtest/gtest.h>

namespace descent {
namespace {

TEST(HistoryTest, RecordsEveryStepUntilFull) {
  History history(8, 2);
  for (int t = 0; t < 8; ++t) {
    const double point[2] = {1.0 * t, -1.0 * t};
    history.Record(t, point);
  }
  ASSERT_EQ(history.size(), 8);
  EXPECT_EQ(history.stride(), 1);
  for (int i = 0; i < 8; ++i) {
    EXPECT_EQ(history.steps()[i], i);
    EXPECT_EQ(history.values()[2 * i], i);
    EXPECT_EQ(history.values()[2 * i + 1], -i);
  }
}

TEST(HistoryTest, DecimationKeepsAtMostCapacityEvenlySpacedEntries) {
  const int capacity = 10;
  History history(capacity, 1);
  const double* data_before = history.values().data();
  for (int t = 0; t <= 1000; ++t) {
    const double value = 3.0 * t;
    history.Record(t, &value);
    ASSERT_LE(history.size(), capacity);
  }
  EXPECT_EQ(history.values().data(), data_before);  // never reallocated
  EXPECT_EQ(history.stride(), 128);
  ASSERT_GE(history.size(), capacity / 2);
  ASSERT_EQ(static_cast<int>(history.steps().size()), history.size());
  ASSERT_EQ(static_cast<int>(history.values().size()), history.size());
  for (int i = 0; i < history.size(); ++i) {
    EXPECT_EQ(history.steps()[i], i * history.stride());
    EXPECT_EQ(history.values()[i], 3.0 * history.steps()[i]);
  }
}

TEST(HistoryTest, StrideCountsFromTheFirstStep) {
  // A cost history starts at t = 1: entries stay 1, 1 + stride, 1 + 2·stride, ...
  History history(4, 1);
  for (int t = 1; t <= 20; ++t) {
    const double value = t;
    history.Record(t, &value);
  }
  EXPECT_EQ(history.stride(), 8);
  ASSERT_EQ(history.size(), 3);
  EXPECT_EQ(history.steps()[0], 1);
  EXPECT_EQ(history.steps()[1], 9);
  EXPECT_EQ(history.steps()[2], 17);
}

TEST(HistoryTest, ClearStartsOver) {
  History history(4, 1);
  for (int t = 0; t < 30; ++t) {
    const double value = t;
    history.Record(t, &value);
  }
  history.Clear();
  EXPECT_EQ(history.size(), 0);
  EXPECT_EQ(history.stride(), 1);
  const double value = 5;
  history.Record(0, &value);
  ASSERT_EQ(history.size(), 1);
  EXPECT_EQ(history.steps()[0], 0);
}

TEST(HistoryTest, ZeroCapacityRecordsNothingAndOneIsRaisedToTwo) {
  History off(0, 3);
  const double values[3] = {1, 2, 3};
  off.Record(0, values);
  EXPECT_EQ(off.size(), 0);
  History tiny(1, 1);
  for (int t = 0; t < 10; ++t) tiny.Record(t, values);
  EXPECT_EQ(tiny.capacity(), 2);
  EXPECT_LE(tiny.size(), 2);
}

}  // namespace
}  // namespace descent
