// Internal to the C++ fixture runner: the runner of each case kind and what they share.
// fixture_surface_kinds.cc: surface-minima, descent, bowl-closed-form.
// fixture_model_kinds.cc: least-squares, gradient-check, computation-graph.
#ifndef DESCENT_TESTS_CPP_FIXTURE_KINDS_H_
#define DESCENT_TESTS_CPP_FIXTURE_KINDS_H_

#include <cstdio>
#include <string>
#include <vector>

#include "core/eigen.h"
#include "fixture_json.h"
#include "fixture_runner.h"

namespace descent::testing {

// Collects the broken checks of one case as readable lines.
class Checks {
 public:
  explicit Checks(CaseOutcome* outcome) : outcome_(outcome) {}
  // Records `message` when `ok` is false; returns ok.
  bool That(bool ok, const std::string& message) {
    if (!ok) outcome_->failures.push_back(message);
    return ok;
  }
  // A setup error (bad option, invalid config): returns false when there was one.
  bool Valid(const std::string& error) { return That(error.empty(), error); }

 private:
  CaseOutcome* outcome_;
};

// A number for a failure message (10 significant digits).
inline std::string Num(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

inline Eigen::VectorXd ToVector(const std::vector<double>& values) {
  return Eigen::Map<const Eigen::VectorXd>(values.data(), static_cast<int>(values.size()));
}

inline void Append(const Eigen::VectorXd& values, std::vector<double>* numbers) {
  numbers->insert(numbers->end(), values.data(), values.data() + values.size());
}

// One per kind (tests/fixtures/README.md says what each checks): each appends its broken checks
// to out->failures and the numbers it records to out->numbers.
void RunSurfaceMinima(const JsonValue& spec, CaseOutcome* out);
void RunDescent(const JsonValue& spec, CaseOutcome* out);
void RunBowlClosedForm(const JsonValue& spec, CaseOutcome* out);
void RunLeastSquares(const JsonValue& spec, CaseOutcome* out);
void RunGradientCheck(const JsonValue& spec, CaseOutcome* out);
void RunComputationGraph(const JsonValue& spec, CaseOutcome* out);

}  // namespace descent::testing

#endif  // DESCENT_TESTS_CPP_FIXTURE_KINDS_H_
