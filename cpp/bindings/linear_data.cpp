#include "bindings/linear_data.h"

#include <string>
#include <vector>

#include "bindings/js_args.h"
#include "bindings/options_js.h"
#include "bindings/refusal.h"
#include "core/data/commute_data.h"
#include "core/data/csv_import.h"
#include "core/data/generator_options.h"
#include "core/data/sine_data.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {

val DatasetJs(const Dataset& data, const std::vector<std::string>& columns) {
  val inputs = val::array();
  val targets = val::array();
  for (int i = 0; i < data.size(); ++i) {
    for (int k = 0; k < data.input_dim(); ++k) inputs.call<void>("push", data.inputs(i, k));
    targets.call<void>("push", data.targets(i, 0));
  }
  val out = val::object();
  out.set("inputs", inputs);
  out.set("inputDim", data.input_dim());
  out.set("targets", targets);
  out.set("columns", StringArray(columns));
  return out;
}

}  // namespace

val CommuteDataJs() {
  return DatasetJs(CommuteTimeData(),
                   {CommuteColumnName(0), CommuteColumnName(1), CommuteColumnName(2)});
}

val SineDataJs(const val& options) {
  JsObjectReader in(options, "sine data options");
  SineDataConfig config;
  double seed = 1;
  in.Integer("trainCount", &config.train_count);
  in.Integer("testCount", &config.test_count);
  in.Number("noise", &config.noise_std);
  in.Bool("evenlySpaced", &config.evenly_spaced);
  in.Number("seed", &seed);
  std::string message = in.error();
  if (message.empty()) message = CheckRange(seed, 0, kMaxSeed, "seed");
  config.seed = message.empty() ? static_cast<uint64_t>(seed) : 0;
  if (message.empty()) message = ValidateSineData(config);
  if (Refused(message)) return val::undefined();
  const TrainTestSplit split = MakeSineData(config);
  val out = val::object();
  out.set("train", DatasetJs(split.train, {"x", "y"}));
  out.set("test", DatasetJs(split.test, {"x", "y"}));
  return out;
}

val GeneratePointsJs(const val& options) {
  GeneratorOptions read;
  GeneratorConfig config;
  if (Refused(ReadGeneratorOptions(options, &read)) ||
      Refused(MakeGeneratorConfig(read, LabelEncoding::kPlusMinusOne, &config))) {
    return val::undefined();
  }
  return DatasetJs(GenerateDataset(config), {"x1", "x2", "y"});
}

val ParseCsvJs(const std::string& text, const val& options) {
  JsObjectReader in(options, "CSV options");
  CsvOptions csv;
  std::string header = "auto";
  in.Integer("targetColumns", &csv.target_columns);
  in.String("header", &header);
  std::string message = in.error();
  if (message.empty()) {
    message = CheckRange(csv.target_columns, 1, kMaxCsvColumns - 1, "targetColumns");
  }
  if (message.empty() && !CsvHeaderFromName(header, &csv.header)) {
    message = UnknownName("header", header, CsvHeaderNames());
  }
  if (Refused(message)) return val::undefined();
  const CsvImportResult result = ParseCsv(text, csv);
  val out = result.ok ? DatasetJs(result.dataset, result.column_names) : val::object();
  out.set("ok", result.ok);
  out.set("message", result.message);
  return out;
}

}  // namespace descent::bindings
