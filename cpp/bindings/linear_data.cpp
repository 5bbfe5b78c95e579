#include "bindings/linear_data.h"

#include <string>
#include <vector>

#include "bindings/generator_options.h"
#include "bindings/js_args.h"
#include "core/data/commute_data.h"
#include "core/data/csv_import.h"
#include "core/data/generators_2d.h"
#include "core/data/sine_data.h"

namespace descent::bindings {

using emscripten::val;

namespace {

val DatasetJs(const Dataset &data, const std::vector<std::string> &columns) {
  val inputs = val::array();
  val targets = val::array();
  for (int i = 0; i < data.size(); ++i) {
    for (int k = 0; k < data.input_dim(); ++k)
      inputs.call<void>("push", data.inputs(i, k));
    targets.call<void>("push", data.targets(i, 0));
  }
  val out = val::object();
  out.set("inputs", inputs);
  out.set("inputDim", data.input_dim());
  out.set("targets", targets);
  out.set("columns", StringArray(columns));
  return out;
}

} // namespace

val CommuteDataJs() {
  return DatasetJs(
      CommuteTimeData(),
      {CommuteColumnName(0), CommuteColumnName(1), CommuteColumnName(2)});
}

val SineDataJs(const val &options) {
  JsObjectReader in(options, "sine data options");
  SineDataConfig config;
  config.train_count = in.Integer("trainCount", config.train_count);
  config.test_count = in.Integer("testCount", config.test_count);
  config.noise_std = in.Number("noise", config.noise_std);
  config.evenly_spaced = in.Bool("evenlySpaced", config.evenly_spaced);
  const double seed = in.Number("seed", 1);
  in.ThrowIfAny();
  RequireRange(seed, 0, 9007199254740991.0, "seed");
  config.seed = static_cast<uint64_t>(seed);
  ThrowIfError(ValidateSineData(config));
  const TrainTestSplit split = MakeSineData(config);
  val out = val::object();
  out.set("train", DatasetJs(split.train, {"x", "y"}));
  out.set("test", DatasetJs(split.test, {"x", "y"}));
  return out;
}

val GeneratePointsJs(const val &options) {
  const Dataset data = GenerateDataset(ReadGeneratorOptions(options));
  return DatasetJs(data, {"x1", "x2", "y"});
}

val ParseCsvJs(const std::string &text, const val &options) {
  JsObjectReader in(options, "CSV options");
  CsvOptions csv;
  csv.target_columns = in.Integer("targetColumns", 1);
  const std::string header = in.String("header", "auto");
  in.ThrowIfAny();
  RequireRange(csv.target_columns, 1, kMaxCsvColumns - 1, "targetColumns");
  if (header == "present") {
    csv.header = CsvHeader::kPresent;
  } else if (header == "absent") {
    csv.header = CsvHeader::kAbsent;
  } else if (header != "auto") {
    ThrowError("header must be 'auto', 'present' or 'absent', got '" + header +
               "'");
  }
  const CsvImportResult result = ParseCsv(text, csv);
  val out = result.ok ? DatasetJs(result.dataset, result.column_names)
                      : val::object();
  out.set("ok", result.ok);
  out.set("message", result.message);
  return out;
}

} // namespace descent::bindings
