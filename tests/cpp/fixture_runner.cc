#include "fixture_runner.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "fixture_kinds.h"

namespace descent::testing {

bool LoadFixtureCases(std::vector<FixtureCase>* cases, std::string* error) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code code;
  for (const fs::directory_entry& entry : fs::directory_iterator(FixtureDir() + "cases", code)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
  }
  if (code || files.empty()) {
    *error = "no case files in " + FixtureDir() + "cases";
    return false;
  }
  std::sort(files.begin(), files.end());
  std::set<std::string> names;
  for (const std::string& file : files) {
    JsonValue root;
    if (!ReadJsonFile(FixtureDir() + "cases/" + file, &root, error)) return false;
    *error = root.CheckKeys(file, {"about", "cases"});
    if (!error->empty()) return false;
    for (const JsonValue& spec : root.Get("cases").items()) {
      FixtureCase fixture{file, spec.String("name", ""), spec.String("kind", ""), spec};
      if (fixture.name.empty() || !names.insert(fixture.name).second) {
        *error =
            file + ": a case without a name or with a name used before: '" + fixture.name + "'";
        return false;
      }
      cases->push_back(fixture);
    }
  }
  return true;
}

CaseOutcome RunFixtureCase(const FixtureCase& fixture) {
  using Runner = void (*)(const JsonValue&, CaseOutcome*);
  struct Kind {
    const char* name;
    Runner run;
    std::vector<std::string> keys;  // besides name and kind
  };
  static const Kind kKinds[] = {
      {"surface-minima", RunSurfaceMinima, {"surface", "minima", "value", "tolerance"}},
      {"descent", RunDescent, {"surface", "start", "trainer", "steps", "minimum", "tolerance"}},
      {"bowl-closed-form", RunBowlClosedForm, {"surface", "start", "trainer", "steps"}},
      {"least-squares",
       RunLeastSquares,
       {"data", "model", "initial", "trainer", "steps", "tolerance", "weights", "fitted"}},
      {"gradient-check", RunGradientCheck, {"network", "data", "trainer", "steps", "check"}},
      {"computation-graph", RunComputationGraph, {"inputs", "values", "gradients"}},
  };
  CaseOutcome outcome;
  for (const Kind& kind : kKinds) {
    if (fixture.kind != kind.name) continue;
    std::vector<std::string> keys = kind.keys;
    keys.insert(keys.end(), {"name", "kind"});
    const std::string error = fixture.spec.CheckKeys("case " + fixture.name, keys);
    if (error.empty()) {
      kind.run(fixture.spec, &outcome);
    } else {
      outcome.failures.push_back(error);
    }
    return outcome;
  }
  outcome.failures.push_back("unknown case kind '" + fixture.kind + "'");
  return outcome;
}

void PrintTo(const FixtureCase& fixture, std::ostream* out) {
  *out << fixture.file << ": " << fixture.name;
}

}  // namespace descent::testing
