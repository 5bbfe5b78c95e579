#include "core/random.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace descent {
namespace {

TEST(RandomTest, SameSeedGivesIdenticalStreams) {
  Random a(42), b(42);
  for (int i = 0; i < 1000; ++i) {
    ASSERT_EQ(a.NextU64(), b.NextU64());
    ASSERT_EQ(a.Uniform(), b.Uniform());  // bit-identical, not merely close
    ASSERT_EQ(a.Normal(), b.Normal());
    ASSERT_EQ(a.UniformInt(17), b.UniformInt(17));
  }
}

TEST(RandomTest, DifferentSeedsDiffer) {
  Random a(1), b(2);
  int equal = 0;
  for (int i = 0; i < 100; ++i) equal += a.NextU64() == b.NextU64();
  EXPECT_EQ(equal, 0);
}

// Pinned outputs (checked against an independent Python implementation of splitmix64 +
// xoshiro256**): the wasm build must print the same numbers as the native one.
TEST(RandomTest, MatchesReferenceXoshiro256StarStar) {
  Random zero(0);
  EXPECT_EQ(zero.NextU64(), 0x99ec5f36cb75f2b4ULL);
  EXPECT_EQ(zero.NextU64(), 0xbf6e1f784956452aULL);
  EXPECT_EQ(zero.NextU64(), 0x1a5f849d4933e6e0ULL);
  Random answer(42);
  EXPECT_EQ(answer.NextU64(), 0x15780b2e0c2ec716ULL);
  EXPECT_EQ(answer.NextU64(), 0x6104d9866d113a7eULL);
  EXPECT_EQ(answer.NextU64(), 0xae17533239e499a1ULL);
}

// Normal() avoids the C library's log/sin/cos, which differ between glibc and Emscripten's musl:
// these bits must come out the same in the native and the wasm test run.
TEST(RandomTest, NormalStreamIsPinnedBitForBit) {
  Random random(1);
  EXPECT_EQ(random.Normal(), -0x1.8b93b94e8cc62p+0);
  EXPECT_EQ(random.Normal(), -0x1.989b7b0416aa2p-3);
  EXPECT_EQ(random.Normal(), -0x1.037e69664d113p+0);
  EXPECT_EQ(random.Normal(), 0x1.a618a72b38c71p-1);
  EXPECT_EQ(random.Normal(), 0x1.eaa5ec6ca9a26p-1);
  EXPECT_EQ(random.Normal(), 0x1.367a36fea06a5p+0);
}

// ... and is still Box–Muller to within a few ulps of the textbook formula.
TEST(RandomTest, NormalAgreesWithTextbookBoxMuller) {
  Random random(5), uniforms(5);
  const double two_pi = 6.283185307179586;
  for (int i = 0; i < 100000; ++i) {
    const double first = random.Normal(), second = random.Normal();
    const double u1 = 1 - uniforms.Uniform(), u2 = uniforms.Uniform();
    const double radius = std::sqrt(-2 * std::log(u1));
    ASSERT_NEAR(first, radius * std::cos(two_pi * u2), 1e-13);
    ASSERT_NEAR(second, radius * std::sin(two_pi * u2), 1e-13);
  }
}

TEST(RandomTest, UniformLiesInUnitIntervalWithMeanOneHalf) {
  Random random(7);
  const int n = 100000;
  double sum = 0, low = 1, high = 0;
  for (int i = 0; i < n; ++i) {
    const double u = random.Uniform();
    ASSERT_GE(u, 0.0);
    ASSERT_LT(u, 1.0);
    sum += u;
    low = std::min(low, u);
    high = std::max(high, u);
  }
  EXPECT_NEAR(sum / n, 0.5, 0.005);
  EXPECT_LT(low, 1e-3);
  EXPECT_GT(high, 1 - 1e-3);
}

TEST(RandomTest, UniformWithBoundsStaysInside) {
  Random random(3);
  for (int i = 0; i < 10000; ++i) {
    const double u = random.Uniform(-2.0, 5.0);
    ASSERT_GE(u, -2.0);
    ASSERT_LT(u, 5.0);
  }
}

TEST(RandomTest, UniformIntIsInRangeAndRoughlyFlat) {
  Random random(11);
  const int n = 7, draws = 70000;
  std::vector<int> counts(n, 0);
  for (int i = 0; i < draws; ++i) {
    const int k = random.UniformInt(n);
    ASSERT_GE(k, 0);
    ASSERT_LT(k, n);
    ++counts[k];
  }
  for (int c : counts) EXPECT_NEAR(c, draws / n, 400);  // ~4.3 standard deviations
  EXPECT_EQ(random.UniformInt(1), 0);
}

TEST(RandomTest, NormalHasMeanZeroAndVarianceOne) {
  Random random(2024);
  const int n = 100000;
  double sum = 0, sum_squares = 0;
  for (int i = 0; i < n; ++i) {
    const double x = random.Normal();
    ASSERT_TRUE(std::isfinite(x));
    sum += x;
    sum_squares += x * x;
  }
  const double mean = sum / n;
  const double variance = sum_squares / n - mean * mean;
  EXPECT_NEAR(mean, 0.0, 0.015);     // standard error 0.0032
  EXPECT_NEAR(variance, 1.0, 0.02);  // standard error 0.0045
}

TEST(RandomTest, ShuffleIsADeterministicPermutation) {
  std::vector<int> a(50), b(50);
  for (int i = 0; i < 50; ++i) a[i] = b[i] = i;
  Random ra(5), rb(5);
  ra.Shuffle(&a);
  rb.Shuffle(&b);
  EXPECT_EQ(a, b);
  std::vector<int> sorted = a;
  std::sort(sorted.begin(), sorted.end());
  for (int i = 0; i < 50; ++i) EXPECT_EQ(sorted[i], i);
  int fixed_points = 0;
  for (int i = 0; i < 50; ++i) fixed_points += a[i] == i;
  EXPECT_LT(fixed_points, 10);  // it did move things
}

}  // namespace
}  // namespace descent
