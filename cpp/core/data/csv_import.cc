#include "core/data/csv_import.h"

#include <cmath>
#include <cstdlib>

#include "core/message.h"

namespace descent {
namespace {

std::string Trim(const std::string& field) {
  size_t begin = 0, end = field.size();
  while (begin < end && (field[begin] == ' ' || field[begin] == '\t' || field[begin] == '\r')) {
    ++begin;
  }
  while (end > begin &&
         (field[end - 1] == ' ' || field[end - 1] == '\t' || field[end - 1] == '\r')) {
    --end;
  }
  if (end - begin >= 2 && field[begin] == '"' && field[end - 1] == '"') {
    ++begin;
    --end;
  }
  return field.substr(begin, end - begin);
}

std::vector<std::string> Split(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::string current;
  for (char c : line) {
    if (c == separator) {
      fields.push_back(Trim(current));
      current.clear();
    } else {
      current.push_back(c);
    }
  }
  fields.push_back(Trim(current));
  return fields;
}

// A field as a message quotes it: at most kMaxQuotedField bytes, cut at a character boundary
// and marked with "…", so that a pasted megabyte never becomes a megabyte message.
constexpr size_t kMaxQuotedField = 60;
std::string Quoted(const std::string& field) {
  if (field.size() <= kMaxQuotedField) return "'" + field + "'";
  size_t end = kMaxQuotedField - 1;
  // Step back over UTF-8 continuation bytes (10xxxxxx) to the start of a character.
  while (end > 0 && (static_cast<unsigned char>(field[end]) & 0xC0) == 0x80) --end;
  return "'" + field.substr(0, end) + "\u2026'";
}

bool IsBlankOrComment(const std::string& line) {
  for (char c : line) {
    if (c == '#') return true;
    if (c != ' ' && c != '\t' && c != '\r') return false;
  }
  return true;
}

enum class NumberStatus { kOk, kEmpty, kNotNumber, kNotFinite };

NumberStatus ReadNumber(std::string field, char separator, double* value) {
  if (field.empty()) return NumberStatus::kEmpty;
  if (separator != ',') {
    // A semicolon or tab file from a locale that writes decimals with a comma.
    for (char& c : field) {
      if (c == ',') c = '.';
    }
  }
  const char* begin = field.c_str();
  char* end = nullptr;
  const double parsed = std::strtod(begin, &end);
  if (end == begin || *end != '\0') return NumberStatus::kNotNumber;
  // strtod accepts "inf" and "nan", and overflow gives ±HUGE_VAL (infinite): none is usable.
  // Underflow (ERANGE with a tiny result) is kept: the nearest double is a fine value.
  if (!std::isfinite(parsed)) {
    return NumberStatus::kNotFinite;
  }
  *value = parsed;
  return NumberStatus::kOk;
}

char DetectSeparator(const std::string& line) {
  if (line.find('\t') != std::string::npos) return '\t';
  if (line.find(';') != std::string::npos) return ';';
  return ',';
}

CsvImportResult Fail(const std::string& message) {
  CsvImportResult result;
  result.message = message;
  return result;
}

}  // namespace

const std::vector<std::string>& CsvHeaderNames() {
  static const std::vector<std::string> names = {"auto", "present", "absent"};
  return names;
}

bool CsvHeaderFromName(const std::string& name, CsvHeader* header) {
  const std::vector<std::string>& names = CsvHeaderNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (name == names[i]) {
      *header = static_cast<CsvHeader>(i);
      return true;
    }
  }
  return false;
}

CsvImportResult ParseCsv(const std::string& text, const CsvOptions& options) {
  MessageBuilder message;
  if (options.separator != 0 && options.separator != ',' && options.separator != ';' &&
      options.separator != '\t') {
    return Fail("separator must be a comma, a semicolon or a tab");
  }
  if (options.target_columns < 1) return Fail("there must be at least one target column");
  if (options.max_rows < 1) return Fail("the row limit must be at least 1");

  CsvImportResult result;
  std::vector<double> values;
  int columns = 0, reference_line = 0, rows = 0, line_number = 0;
  bool first = true;
  size_t line_start = 0;
  while (line_start < text.size()) {
    // A line ends at LF, CRLF or a bare CR (old Mac and some spreadsheet exports).
    size_t line_end = text.find_first_of("\r\n", line_start);
    if (line_end == std::string::npos) line_end = text.size();
    const std::string line = text.substr(line_start, line_end - line_start);
    const bool crlf =
        line_end + 1 < text.size() && text[line_end] == '\r' && text[line_end + 1] == '\n';
    line_start = line_end + (crlf ? 2 : 1);
    ++line_number;
    if (IsBlankOrComment(line)) continue;
    if (first && options.separator == 0) result.separator = DetectSeparator(line);
    if (first && options.separator != 0) result.separator = options.separator;
    const std::vector<std::string> fields = Split(line, result.separator);
    const int count = static_cast<int>(fields.size());

    if (first) {
      first = false;
      columns = count;
      reference_line = line_number;
      if (columns > kMaxCsvColumns) {
        message << "line " << line_number << " has " << columns << " columns; at most "
                << kMaxCsvColumns << " are allowed";
        return Fail(message.str());
      }
      if (columns < options.target_columns + 1) {
        message << "need at least " << options.target_columns + 1 << " columns: inputs first, then "
                << options.target_columns << " target column"
                << (options.target_columns == 1 ? "" : "s") << " (line " << line_number << " has "
                << columns << ")";
        return Fail(message.str());
      }
      bool all_numbers = true;
      double unused = 0;
      for (const std::string& field : fields) {
        if (ReadNumber(field, result.separator, &unused) != NumberStatus::kOk) {
          all_numbers = false;
        }
      }
      result.has_header = options.header == CsvHeader::kPresent ||
                          (options.header == CsvHeader::kAuto && !all_numbers);
      if (result.has_header) {
        result.column_names = fields;
        continue;
      }
    }

    if (count != columns) {
      message << "line " << line_number << " has " << count << " column" << (count == 1 ? "" : "s")
              << "; expected " << columns << " (as on line " << reference_line << ")";
      return Fail(message.str());
    }
    if (rows >= options.max_rows) {
      message << "too many rows: at most " << options.max_rows << " data rows are allowed";
      return Fail(message.str());
    }
    for (int c = 0; c < count; ++c) {
      double value = 0;
      const NumberStatus status = ReadNumber(fields[c], result.separator, &value);
      if (status != NumberStatus::kOk) {
        message << "line " << line_number << ", column " << c + 1 << ": ";
        if (status == NumberStatus::kEmpty) {
          message << "the value is empty";
        } else if (status == NumberStatus::kNotFinite) {
          message << Quoted(fields[c]) << " is not a finite number";
        } else {
          message << Quoted(fields[c]) << " is not a number";
        }
        return Fail(message.str());
      }
      values.push_back(value);
    }
    ++rows;
  }

  if (first) return Fail("the input is empty: no rows of numbers found");
  if (rows == 0) return Fail("the file has a header but no data rows");

  const int inputs = columns - options.target_columns;
  result.dataset.inputs.resize(rows, inputs);
  result.dataset.targets.resize(rows, options.target_columns);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      const double value = values[static_cast<size_t>(r) * columns + c];
      if (c < inputs) {
        result.dataset.inputs(r, c) = value;
      } else {
        result.dataset.targets(r, c - inputs) = value;
      }
    }
  }
  if (!result.has_header) {
    result.column_names.clear();
    for (int c = 0; c < inputs; ++c) result.column_names.push_back("x" + std::to_string(c + 1));
    for (int c = 0; c < options.target_columns; ++c) {
      result.column_names.push_back(options.target_columns == 1 ? "y"
                                                                : "y" + std::to_string(c + 1));
    }
  }
  result.ok = true;
  return result;
}

}  // namespace descent
