#include "bindings/generator_options.h"

#include <string>
#include <vector>

#include "bindings/js_args.h"

namespace descent::bindings {

using emscripten::val;

namespace {

const char* TaskName(GeneratorTask task) {
  switch (task) {
    case GeneratorTask::kBinary:
      return "binary";
    case GeneratorTask::kRegression:
      return "regression";
    case GeneratorTask::kMultiClass:
      return "multi-class";
  }
  return "binary";
}

}  // namespace

GeneratorConfig ReadGeneratorOptions(const val& options) {
  JsObjectReader in(options, "data set options");
  GeneratorConfig config;
  config.name = in.String("dataset", config.name);
  config.count = in.Integer("count", config.count);
  config.noise = in.Number("noise", config.noise);
  const double seed = in.Number("seed", static_cast<double>(config.seed));
  const std::string encoding = in.String("encoding", "plus-minus-one");
  config.classes = in.Integer("classes", config.classes);
  in.ThrowIfAny();
  RequireRange(seed, 0, 9007199254740991.0, "seed");
  config.seed = static_cast<uint64_t>(seed);
  if (encoding == "zero-one") {
    config.encoding = LabelEncoding::kZeroOne;
  } else if (encoding != "plus-minus-one") {
    ThrowError("Unknown label encoding '" + encoding + "'. Choose plus-minus-one or zero-one.");
  }
  if (FindGenerator(config.name) == nullptr) {
    std::string names;
    int count = 0;
    const GeneratorInfo* table = GeneratorTable(&count);
    for (int i = 0; i < count; ++i) names += (i ? ", " : "") + std::string(table[i].name);
    ThrowError("Unknown data set '" + config.name + "'. Choose one of: " + names + ".");
  }
  ThrowIfError(ValidateGenerator(config));
  return config;
}

val GeneratorNamesJs() {
  int count = 0;
  const GeneratorInfo* table = GeneratorTable(&count);
  std::vector<std::string> names;
  for (int i = 0; i < count; ++i) names.push_back(table[i].name);
  return StringArray(names);
}

val GeneratorTasksJs() {
  int count = 0;
  const GeneratorInfo* table = GeneratorTable(&count);
  std::vector<std::string> tasks;
  for (int i = 0; i < count; ++i) tasks.push_back(TaskName(table[i].task));
  return StringArray(tasks);
}

}  // namespace descent::bindings
