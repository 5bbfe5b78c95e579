// The shared fixture cases (tests/fixtures/cases/*.json, read by the Vitest loop too), one
// GoogleTest per case and property, natively and compiled to wasm:
//   HoldsItsInvariant            the case's closed form, known minimum, gradient-error bound or
//                                worked numbers hold;
//   SameRunTwiceIsBitIdentical   the run is deterministic;
//   MatchesTheRecordedNumbers    native, wasm and the JS engine agree to 1e-12 with
//                                tests/fixtures/recorded.json (written by the native build).
// After an intended change of the numbers (and only then), rewrite the recording with
//   DESCENT_WRITE_FIXTURE=1 build/native/core_tests --gtest_filter='FixtureRecording.*'
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "fixture_json.h"
#include "fixture_runner.h"
#include "gtest/gtest.h"

namespace descent::testing {
namespace {

constexpr char kRecordingFile[] = "recorded.json";

// Empty when the files cannot be loaded (FixtureRecording.CasesLoad says why).
std::vector<FixtureCase> AllCases() {
  std::vector<FixtureCase> cases;
  std::string error;
  return LoadFixtureCases(&cases, &error) ? cases : std::vector<FixtureCase>();
}

const JsonValue& Recording() {
  static const JsonValue recording = [] {
    JsonValue value;
    std::string error;
    if (!ReadJsonFile(FixtureDir() + kRecordingFile, &value, &error)) ADD_FAILURE() << error;
    return value;
  }();
  return recording;
}

class FixtureCaseTest : public ::testing::TestWithParam<FixtureCase> {};

TEST_P(FixtureCaseTest, HoldsItsInvariant) {
  const CaseOutcome outcome = RunFixtureCase(GetParam());
  for (const std::string& failure : outcome.failures) ADD_FAILURE() << failure;
  EXPECT_FALSE(outcome.numbers.empty()) << "the case records no numbers";
}

TEST_P(FixtureCaseTest, SameRunTwiceIsBitIdentical) {
  const std::vector<double> first = RunFixtureCase(GetParam()).numbers;
  const std::vector<double> second = RunFixtureCase(GetParam()).numbers;
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i], second[i]) << "entry " << i;
}

TEST_P(FixtureCaseTest, MatchesTheRecordedNumbers) {
  const std::vector<double> computed = RunFixtureCase(GetParam()).numbers;
  const std::vector<double> recorded = Recording().Numbers(GetParam().name);
  ASSERT_FALSE(recorded.empty()) << "no recording for " << GetParam().name << " in "
                                 << kRecordingFile << " (see the comment at the top of "
                                 << "fixture_cases_test.cc)";
  ASSERT_EQ(computed.size(), recorded.size());
  for (size_t i = 0; i < recorded.size(); ++i) {
    EXPECT_NEAR(computed[i], recorded[i], 1e-12 * std::max(1.0, std::abs(recorded[i])))
        << "entry " << i;
  }
}

// gtest names allow only letters, digits and underscores.
std::string CaseName(const ::testing::TestParamInfo<FixtureCase>& info) {
  std::string name = info.param.name;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Cases, FixtureCaseTest, ::testing::ValuesIn(AllCases()), CaseName);

TEST(FixtureRecording, CasesLoad) {
  std::vector<FixtureCase> cases;
  std::string error;
  ASSERT_TRUE(LoadFixtureCases(&cases, &error)) << error;
  EXPECT_GT(cases.size(), 0u);
}

TEST(FixtureRecording, EveryRecordingHasItsCase) {
  std::map<std::string, bool> names;
  for (const FixtureCase& fixture : AllCases()) names[fixture.name] = true;
  for (const auto& [name, numbers] : Recording().members()) {
    EXPECT_TRUE(names.count(name)) << "recorded.json holds '" << name << "', a case no longer "
                                   << "in tests/fixtures/cases";
  }
}

TEST(FixtureRecording, WriteWhenAsked) {
  if (std::getenv("DESCENT_WRITE_FIXTURE") == nullptr) {
    GTEST_SKIP() << "DESCENT_WRITE_FIXTURE is not set";
  }
  std::map<std::string, std::vector<double>> table;
  for (const FixtureCase& fixture : AllCases()) {
    table[fixture.name] = RunFixtureCase(fixture).numbers;
  }
  const std::string path = FixtureDir() + kRecordingFile;
  std::ofstream(path) << FormatNumberTable(table);
  SUCCEED() << "wrote " << path;
}

}  // namespace
}  // namespace descent::testing
