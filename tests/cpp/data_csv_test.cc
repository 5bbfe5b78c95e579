#include <gtest/gtest.h>

#include <string>

#include "core/data/csv_import.h"

namespace descent {
namespace {

TEST(CsvImportTest, ReadsHeaderAndCommaSeparatedRows) {
  const CsvImportResult result =
      ParseCsv("distance,weekday,minutes\n2.7,1,25\n4.1,1,33\n1.0,0,15\n", CsvOptions());
  ASSERT_TRUE(result.ok) << result.message;
  EXPECT_EQ(result.message, "");
  EXPECT_TRUE(result.has_header);
  EXPECT_EQ(result.separator, ',');
  ASSERT_EQ(result.column_names.size(), 3u);
  EXPECT_EQ(result.column_names[2], "minutes");
  ASSERT_EQ(result.dataset.size(), 3);
  EXPECT_EQ(result.dataset.input_dim(), 2);
  EXPECT_EQ(result.dataset.target_dim(), 1);
  EXPECT_DOUBLE_EQ(result.dataset.inputs(1, 0), 4.1);
  EXPECT_DOUBLE_EQ(result.dataset.targets(2, 0), 15);
}

TEST(CsvImportTest, WithoutHeaderNamesColumns) {
  const CsvImportResult result = ParseCsv("1,2\r\n3,4e-1\r\n\r\n", CsvOptions());
  ASSERT_TRUE(result.ok) << result.message;
  EXPECT_FALSE(result.has_header);
  ASSERT_EQ(result.column_names.size(), 2u);
  EXPECT_EQ(result.column_names[0], "x1");
  EXPECT_EQ(result.column_names[1], "y");
  EXPECT_DOUBLE_EQ(result.dataset.targets(1, 0), 0.4);
}

// Classic Mac OS and some spreadsheet exports end lines with a bare CR: such a file reads like
// its LF and CRLF twins, line numbers included (a bare CR was once no line break at all, so the
// whole file was one header line with "no data rows").
TEST(CsvImportTest, CarriageReturnOnlyLinesReadLikeNewlines) {
  const std::string lf = "distance,minutes\n2.7,25\n\n# note\n4.1,33\n";
  const std::string cr = "distance,minutes\r2.7,25\r\r# note\r4.1,33\r";
  const std::string crlf = "distance,minutes\r\n2.7,25\r\n\r\n# note\r\n4.1,33\r\n";
  for (const std::string& text : {lf, cr, crlf}) {
    const CsvImportResult result = ParseCsv(text, CsvOptions());
    ASSERT_TRUE(result.ok) << result.message;
    EXPECT_TRUE(result.has_header);
    ASSERT_EQ(result.dataset.size(), 2);
    EXPECT_DOUBLE_EQ(result.dataset.inputs(1, 0), 4.1);
    EXPECT_DOUBLE_EQ(result.dataset.targets(1, 0), 33);
    EXPECT_EQ(result.column_names[1], "minutes");
  }
  // Mixed endings, and line numbers counted per CR in messages.
  const CsvImportResult mixed = ParseCsv("x,y\r1,2\n3,4\r\n5,6", CsvOptions());
  ASSERT_TRUE(mixed.ok) << mixed.message;
  EXPECT_EQ(mixed.dataset.size(), 3);
  const CsvImportResult bad = ParseCsv("x,y\r1,2\r\r3,abc\r", CsvOptions());
  EXPECT_FALSE(bad.ok);
  EXPECT_EQ(bad.message, "line 4, column 2: 'abc' is not a number");
}

TEST(CsvImportTest, SemicolonTabAndDecimalComma) {
  const CsvImportResult semicolon = ParseCsv("a;b\n2,7;25\n-1,5;3\n", CsvOptions());
  ASSERT_TRUE(semicolon.ok) << semicolon.message;
  EXPECT_EQ(semicolon.separator, ';');
  EXPECT_DOUBLE_EQ(semicolon.dataset.inputs(0, 0), 2.7);
  EXPECT_DOUBLE_EQ(semicolon.dataset.inputs(1, 0), -1.5);

  const CsvImportResult tab = ParseCsv("1\t2\t3\n 4 \t \"5\" \t6\n", CsvOptions());
  ASSERT_TRUE(tab.ok) << tab.message;
  EXPECT_EQ(tab.separator, '\t');
  EXPECT_EQ(tab.dataset.input_dim(), 2);
  EXPECT_DOUBLE_EQ(tab.dataset.inputs(1, 1), 5);

  CsvOptions explicit_options;
  explicit_options.separator = ';';
  explicit_options.header = CsvHeader::kAbsent;
  explicit_options.target_columns = 2;
  const CsvImportResult two_targets = ParseCsv("1;2;3\n4;5;6\n", explicit_options);
  ASSERT_TRUE(two_targets.ok) << two_targets.message;
  EXPECT_EQ(two_targets.dataset.input_dim(), 1);
  EXPECT_EQ(two_targets.dataset.target_dim(), 2);
  EXPECT_EQ(two_targets.column_names[2], "y2");
}

TEST(CsvImportTest, ForcedHeaderAndCommentsKeepLineNumbers) {
  CsvOptions options;
  options.header = CsvHeader::kPresent;
  const CsvImportResult result = ParseCsv("1,2\n# a comment\n\n3,4\n5,x\n", options);
  EXPECT_FALSE(result.ok);
  EXPECT_EQ(result.message, "line 5, column 2: 'x' is not a number");
}

TEST(CsvImportTest, ErrorsNameLineAndColumn) {
  EXPECT_EQ(ParseCsv("x,y,z\n1,2,3\n4,5,6\n7,abc,9\n", CsvOptions()).message,
            "line 4, column 2: 'abc' is not a number");
  EXPECT_EQ(ParseCsv("1,2\n3,\n", CsvOptions()).message, "line 2, column 2: the value is empty");
  EXPECT_EQ(ParseCsv("1,2\ninf,4\n", CsvOptions()).message,
            "line 2, column 1: 'inf' is not a finite number");
  EXPECT_EQ(ParseCsv("1,2\n3,nan\n", CsvOptions()).message,
            "line 2, column 2: 'nan' is not a finite number");
  EXPECT_EQ(ParseCsv("1,2\n3,1e999\n", CsvOptions()).message,
            "line 2, column 2: '1e999' is not a finite number");
  EXPECT_EQ(ParseCsv("1,2\n3,4.5.6\n", CsvOptions()).message,
            "line 2, column 2: '4.5.6' is not a number");
}

// A refusal quotes at most 60 bytes of the offending field, cut at a character boundary.
TEST(CsvImportTest, LongFieldsAreQuotedShort) {
  const std::string nines(400, '9');
  EXPECT_EQ(ParseCsv("1,2\n3," + nines + "x\n", CsvOptions()).message,
            "line 2, column 2: '" + std::string(59, '9') + "\u2026' is not a number");
  // 58 ASCII bytes, then 'é' (2 bytes) straddling the cut: the cut moves before it.
  const std::string accented = std::string(58, 'a') + "\u00e9\u00e9";
  EXPECT_EQ(ParseCsv("1,2\n3," + accented + "\n", CsvOptions()).message,
            "line 2, column 2: '" + std::string(58, 'a') + "\u2026' is not a number");
  EXPECT_EQ(ParseCsv("1,2\n3," + std::string(60, 'b') + "\n", CsvOptions()).message,
            "line 2, column 2: '" + std::string(60, 'b') + "' is not a number");
}

TEST(CsvImportTest, RaggedRows) {
  EXPECT_EQ(ParseCsv("a,b,c\n1,2,3\n4,5\n", CsvOptions()).message,
            "line 3 has 2 columns; expected 3 (as on line 1)");
  EXPECT_EQ(ParseCsv("1,2\n3,4,5\n", CsvOptions()).message,
            "line 2 has 3 columns; expected 2 (as on line 1)");
}

TEST(CsvImportTest, EmptyInputsAndTooFewColumns) {
  EXPECT_EQ(ParseCsv("", CsvOptions()).message, "the input is empty: no rows of numbers found");
  EXPECT_EQ(ParseCsv("\n  \n# only comments\n", CsvOptions()).message,
            "the input is empty: no rows of numbers found");
  EXPECT_EQ(ParseCsv("a,b\n", CsvOptions()).message, "the file has a header but no data rows");
  EXPECT_EQ(ParseCsv("1\n2\n", CsvOptions()).message,
            "need at least 2 columns: inputs first, then 1 target column (line 1 has 1)");
  EXPECT_FALSE(ParseCsv("1\n2\n", CsvOptions()).ok);
}

TEST(CsvImportTest, TooManyRows) {
  CsvOptions options;
  options.max_rows = 3;
  EXPECT_TRUE(ParseCsv("1,1\n2,2\n3,3\n", options).ok);
  EXPECT_EQ(ParseCsv("1,1\n2,2\n3,3\n4,4\n", options).message,
            "too many rows: at most 3 data rows are allowed");
  std::string big;
  for (int i = 0; i <= kMaxCsvRows; ++i) big += "1,2\n";
  EXPECT_EQ(ParseCsv(big, CsvOptions()).message,
            "too many rows: at most 100000 data rows are allowed");
}

TEST(CsvImportTest, BadOptions) {
  CsvOptions options;
  options.separator = '|';
  EXPECT_EQ(ParseCsv("1|2\n", options).message, "separator must be a comma, a semicolon or a tab");
  options = CsvOptions();
  options.target_columns = 0;
  EXPECT_FALSE(ParseCsv("1,2\n", options).ok);
}

}  // namespace
}  // namespace descent
