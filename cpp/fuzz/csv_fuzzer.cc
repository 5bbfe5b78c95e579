// libFuzzer target: ParseCsv on any text with any options (docs/robustness.md). Beyond memory
// safety (ASan) and undefined behaviour (UBSan), it checks what the parser promises: an accepted
// file has the shape it claims and only finite numbers; a refusal has a short message; a text
// reads the same whatever its line endings (LF, CRLF or a bare CR).
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/data/csv_import.h"
#include "fuzz/fuzz_values.h"

namespace descent {
namespace {

// A refusal quotes at most a short piece of the offending field (csv_import.h).
constexpr size_t kMaxMessageLength = 200;

CsvOptions FuzzOptions(FuzzedDataProvider* data) {
  CsvOptions options;
  static const char kSeparators[] = {0, ',', ';', '\t'};
  if (data->ConsumeIntegralInRange(0, 7) == 0) {
    options.separator = data->ConsumeIntegral<char>();  // mostly refused
  } else {
    options.separator = kSeparators[data->ConsumeIntegralInRange(0, 3)];
  }
  options.header = static_cast<CsvHeader>(data->ConsumeIntegralInRange(0, 2));
  options.target_columns = data->ConsumeBool() ? 1 : data->ConsumeIntegralInRange(-1, 66);
  options.max_rows = data->ConsumeBool() ? kMaxCsvRows : data->ConsumeIntegralInRange(-1, 40);
  return options;
}

void CheckResult(const CsvImportResult& result, const CsvOptions& options) {
  using fuzz::Require;
  if (!result.ok) {
    Require(!result.message.empty(), "a refusal has a message");
    Require(result.message.size() <= kMaxMessageLength, "a refusal's message is short");
    return;
  }
  Require(result.message.empty(), "an accepted file has no message");
  const Dataset& dataset = result.dataset;
  Require(dataset.size() >= 1 && dataset.size() <= options.max_rows, "rows within the limit");
  Require(dataset.target_dim() == options.target_columns, "target columns as asked");
  Require(dataset.input_dim() >= 1, "at least one input column");
  Require(
      static_cast<int>(result.column_names.size()) == dataset.input_dim() + dataset.target_dim(),
      "one name per column");
  Require(result.separator == ',' || result.separator == ';' || result.separator == '\t',
          "a known separator");
  Require(dataset.inputs.allFinite() && dataset.targets.allFinite(), "only finite numbers");
}

bool SameResult(const CsvImportResult& a, const CsvImportResult& b) {
  if (a.ok != b.ok || a.message != b.message) return false;
  if (!a.ok) return true;
  return a.dataset.inputs == b.dataset.inputs && a.dataset.targets == b.dataset.targets &&
         a.column_names == b.column_names && a.has_header == b.has_header &&
         a.separator == b.separator;
}

// `text` with every LF written as `ending`.
std::string WithLineEnding(const std::string& text, const char* ending) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char c : text) {
    if (c == '\n') {
      out += ending;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace
}  // namespace descent

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  using namespace descent;
  FuzzedDataProvider data(bytes, size);
  // Options come from the end of the input (FuzzedDataProvider reads integers from there), so a
  // seed CSV keeps its text intact at the front.
  const CsvOptions options = FuzzOptions(&data);
  const std::string text = data.ConsumeRemainingBytesAsString();
  const CsvImportResult result = ParseCsv(text, options);
  CheckResult(result, options);
  // Line endings do not matter: the same text with CRLF or a bare CR reads alike (only when the
  // text has no CR of its own, which would change the lines).
  if (text.find('\r') == std::string::npos) {
    fuzz::Require(SameResult(result, ParseCsv(WithLineEnding(text, "\r\n"), options)),
                  "CRLF reads like LF");
    fuzz::Require(SameResult(result, ParseCsv(WithLineEnding(text, "\r"), options)),
                  "a bare CR reads like LF");
  }
  return 0;
}
