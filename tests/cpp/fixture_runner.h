// Runs the shared fixture cases of tests/fixtures/cases/ on the core's classes (Trainer,
// surfaces, LeastSquaresObjective, Network, LinearRegressionGraph): the C++ half of the
// "one fixture, both languages" rule; tests/js/fixture-cases.test.js is the JS half, through
// the engine. tests/fixtures/README.md describes the case kinds and what each one checks.
#ifndef DESCENT_TESTS_CPP_FIXTURE_RUNNER_H_
#define DESCENT_TESTS_CPP_FIXTURE_RUNNER_H_

#include <ostream>
#include <string>
#include <vector>

#include "fixture_json.h"

namespace descent::testing {

struct FixtureCase {
  std::string file;  // e.g. "descent.json"
  std::string name;  // unique over all files, e.g. "rosenbrock-adam"
  std::string kind;  // e.g. "descent"
  JsonValue spec;    // the whole case object
};

struct CaseOutcome {
  // Empty when the case's invariant holds; otherwise one readable line per broken check
  // (a malformed case is reported here too).
  std::vector<std::string> failures;
  // The numbers the case records for the determinism check (tests/fixtures/recorded.json):
  // native, wasm and the JS engine must reproduce them.
  std::vector<double> numbers;
};

// Every case of every tests/fixtures/cases/*.json, files in name order. False with a message
// when a file cannot be read, is not { "about", "cases": [...] }, or two cases share a name.
bool LoadFixtureCases(std::vector<FixtureCase>* cases, std::string* error);

CaseOutcome RunFixtureCase(const FixtureCase& fixture);

// What GoogleTest prints for a case ("file: name") instead of the struct's bytes.
void PrintTo(const FixtureCase& fixture, std::ostream* out);

}  // namespace descent::testing

#endif  // DESCENT_TESTS_CPP_FIXTURE_RUNNER_H_
