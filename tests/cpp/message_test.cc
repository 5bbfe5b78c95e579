// FormatNumber against the C library's "%g", which it replaces in every core message (so the wasm
// module needs no printf): special values, decade and rounding boundaries, and 200,000 random
// doubles over 600 orders of magnitude.
#include "core/message.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

std::string PrintfG(double value) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

TEST(FormatNumberTest, SpecialValuesAsPrintfWritesThem) {
  EXPECT_EQ(FormatNumber(std::numeric_limits<double>::quiet_NaN()), "nan");
  EXPECT_EQ(FormatNumber(std::numeric_limits<double>::infinity()), "inf");
  EXPECT_EQ(FormatNumber(-std::numeric_limits<double>::infinity()), "-inf");
  EXPECT_EQ(FormatNumber(0.0), "0");
  EXPECT_EQ(FormatNumber(-0.0), "-0");
  EXPECT_EQ(FormatNumber(-1), "-1");
  EXPECT_EQ(FormatNumber(0.7), "0.7");
  EXPECT_EQ(FormatNumber(1e6), "1e+06");
  EXPECT_EQ(FormatNumber(1.5e-7), "1.5e-07");
}

TEST(FormatNumberTest, BoundariesMatchPrintf) {
  const double values[] = {
      1,
      10,
      100000,
      999999,
      999999.5,
      999999.4,
      1e6 - 1e-9,
      123456.5,
      123457.5,
      1234565,
      0.0001,
      0.00009999995,
      0.000099999949,
      9.999995,
      9.9999949,
      99999.95,
      1e-300,
      1e300,
      1.7976931348623157e308,
      5e-324,
      2.2250738585072014e-308,
      0.1,
      0.3,
      1.0 / 3,
      2.0 / 3,
      1e22,
      1e23,
      12345678,
      0.5,
      1e-5,
      3.14159265358979,
  };
  for (double v : values) {
    EXPECT_EQ(FormatNumber(v), PrintfG(v)) << "value " << v;
    EXPECT_EQ(FormatNumber(-v), PrintfG(-v)) << "value " << -v;
  }
  for (int k = -310; k <= 308; ++k) {
    const double power = std::pow(10.0, k);
    EXPECT_EQ(FormatNumber(power), PrintfG(power)) << "10^" << k;
    EXPECT_EQ(FormatNumber(std::nextafter(power, 0.0)), PrintfG(std::nextafter(power, 0.0)));
  }
}

TEST(FormatNumberTest, RandomDoublesMatchPrintf) {
  Random random(21);
  int mismatches = 0;
  for (int i = 0; i < 200000; ++i) {
    // Uniform mantissa digits and exponents from 1e-300 to 1e300, both signs; every tenth value
    // rounded to a few decimals, like the options a student types.
    double v = random.Uniform(1, 10) * std::pow(10.0, std::floor(random.Uniform(-300, 300)));
    if (i % 10 == 0) v = std::round(random.Uniform(-1000, 1000) * 100) / 100;
    if (i % 2 == 1) v = -v;
    if (FormatNumber(v) != PrintfG(v) && ++mismatches <= 5) {
      ADD_FAILURE() << "value " << PrintfG(v) << " (" << v << "): got " << FormatNumber(v);
    }
  }
  EXPECT_EQ(mismatches, 0);
}

TEST(FormatNumberTest, MessageBuilderAndDescribeValueUseIt) {
  MessageBuilder message;
  message << "noise " << 0.7 << ", points " << 300 << ", rate " << 1e-9;
  EXPECT_EQ(message.str(), "noise 0.7, points 300, rate 1e-09");
  EXPECT_EQ(DescribeValue("learning rate must be positive", -1),
            "learning rate must be positive, got -1");
  EXPECT_EQ(DescribeValue("momentum", std::nan("")), "momentum, got nan");
}

}  // namespace
}  // namespace descent
