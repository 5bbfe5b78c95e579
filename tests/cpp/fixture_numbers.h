// Reads and writes the numeric fixtures in tests/fixtures/: a JSON object whose values are
// arrays of numbers, { "name": [1.5, -2e-3, ...], ... }. Only that shape is accepted; the same
// files are read by the JS tests with JSON.parse (DESIGN.md habit 7: one fixture, both languages).
#ifndef DESCENT_TESTS_CPP_FIXTURE_NUMBERS_H_
#define DESCENT_TESTS_CPP_FIXTURE_NUMBERS_H_

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace descent::testing {

using NumberTable = std::map<std::string, std::vector<double>>;

// The repository's tests/fixtures folder: tests run from build/native (ctest) or from the
// repository root (the wasm suite under Node), so both places are tried.
inline std::string FixturePath(const std::string& file) {
  for (const char* prefix : {"tests/fixtures/", "../../tests/fixtures/", "../tests/fixtures/"}) {
    const std::string path = prefix + file;
    if (std::ifstream(path).good()) return path;
  }
  return "tests/fixtures/" + file;
}

// Parses the file; on any syntax error returns false and says where in `error`.
inline bool ReadNumberTable(const std::string& path, NumberTable* table, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  size_t i = 0;
  auto skip = [&] {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  };
  auto expect = [&](char c) {
    skip();
    if (i < text.size() && text[i] == c) {
      ++i;
      return true;
    }
    *error = std::string("expected '") + c + "' at offset " + std::to_string(i);
    return false;
  };
  if (!expect('{')) return false;
  skip();
  if (i < text.size() && text[i] == '}') return true;
  while (true) {
    if (!expect('"')) return false;
    const size_t end = text.find('"', i);
    if (end == std::string::npos) return expect('"');
    const std::string key = text.substr(i, end - i);
    i = end + 1;
    if (!expect(':') || !expect('[')) return false;
    std::vector<double>& values = (*table)[key];
    skip();
    if (i < text.size() && text[i] == ']') {
      ++i;
    } else {
      while (true) {
        skip();
        char* stop = nullptr;
        const double value = std::strtod(text.c_str() + i, &stop);
        if (stop == text.c_str() + i) {
          *error = "expected a number at offset " + std::to_string(i);
          return false;
        }
        values.push_back(value);
        i = static_cast<size_t>(stop - text.c_str());
        skip();
        if (i < text.size() && text[i] == ',') {
          ++i;
          continue;
        }
        if (!expect(']')) return false;
        break;
      }
    }
    skip();
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    return expect('}');
  }
}

// Writes the table with 17 significant digits (round-trips every double).
inline std::string FormatNumberTable(const NumberTable& table) {
  std::string out = "{\n";
  size_t row = 0;
  for (const auto& [key, values] : table) {
    out += "  \"" + key + "\": [";
    for (size_t k = 0; k < values.size(); ++k) {
      char number[40];
      std::snprintf(number, sizeof number, "%.17g", values[k]);
      out += (k ? ", " : "") + std::string(number);
    }
    out += ++row < table.size() ? "],\n" : "]\n";
  }
  return out + "}\n";
}

}  // namespace descent::testing

#endif  // DESCENT_TESTS_CPP_FIXTURE_NUMBERS_H_
