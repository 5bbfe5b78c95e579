// Turns pasted or uploaded CSV text into a Dataset, with error messages that name the line and
// column a student has to fix. Never throws: numbers are read with std::strtod and checked.
#ifndef DESCENT_CORE_DATA_CSV_IMPORT_H_
#define DESCENT_CORE_DATA_CSV_IMPORT_H_

#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace descent {

constexpr int kMaxCsvRows = 100000;
constexpr int kMaxCsvColumns = 64;

enum class CsvHeader {
  kAuto,     // the first non-blank line is a header when any of its fields is not a number
  kPresent,  // the first non-blank line is a header
  kAbsent,   // every non-blank line is data
};
// "auto", "present", "absent".
const std::vector<std::string>& CsvHeaderNames();
bool CsvHeaderFromName(const std::string& name, CsvHeader* header);

struct CsvOptions {
  // ',', ';' or '\t'; 0 picks from the first non-blank line: tab if it has one, else ';' if it
  // has one, else ','. With ';' or tab as separator a decimal comma ("2,7") is read as "2.7".
  char separator = 0;
  CsvHeader header = CsvHeader::kAuto;
  int target_columns = 1;  // the last this-many columns are targets, the rest inputs
  int max_rows = kMaxCsvRows;
};

struct CsvImportResult {
  bool ok = false;
  std::string message;  // empty when ok; otherwise e.g. "line 4, column 2: 'abc' is not a number"
  Dataset dataset;      // inputs n × (columns − target_columns), targets n × target_columns
  std::vector<std::string> column_names;  // from the header, else "x1", "x2", ..., "y"
  char separator = ',';                   // the separator used
  bool has_header = false;                // whether a header line was read
};

// Parses `text`. Lines end at LF, CRLF or a bare CR. Blank lines and lines starting with '#' are
// skipped but still counted, so line numbers in messages match the student's editor (1-based;
// columns 1-based too). Fields are trimmed of spaces and of surrounding double quotes; quoted
// separators are not supported (the data is numeric). Every value must be a finite number.
CsvImportResult ParseCsv(const std::string& text, const CsvOptions& options);

}  // namespace descent

#endif  // DESCENT_CORE_DATA_CSV_IMPORT_H_
