#include "fixture_json.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace descent::testing {

// A recursive-descent parser over one string; the first error stops it.
class JsonParser {
 public:
  explicit JsonParser(const std::string& text) : text_(text) {}

  bool ParseDocument(JsonValue* out, std::string* error) {
    const bool ok = ParseValue(out, 0) && (SkipSpace(), AtEnd() || Fail("trailing text"));
    if (!ok) *error = error_;
    return ok;
  }

 private:
  static constexpr int kMaxDepth = 64;

  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }
  void SkipSpace() {
    while (!AtEnd() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool Fail(const std::string& what) {
    if (error_.empty()) error_ = what + " at offset " + std::to_string(pos_);
    return false;
  }
  bool Consume(char c) {
    SkipSpace();
    if (Peek() != c) return Fail(std::string("expected '") + c + "'");
    ++pos_;
    return true;
  }
  bool ConsumeWord(const char* word) {
    const std::string expected(word);
    if (text_.compare(pos_, expected.size(), expected) != 0) return Fail("unknown literal");
    pos_ += expected.size();
    return true;
  }

  bool ParseValue(JsonValue* out, int depth) {
    if (depth > kMaxDepth) return Fail("nesting too deep");
    SkipSpace();
    const char c = Peek();
    if (c == '{') return ParseObject(out, depth);
    if (c == '[') return ParseArray(out, depth);
    if (c == '"') {
      out->type_ = JsonValue::Type::kString;
      return ParseString(&out->string_);
    }
    if (c == 't' || c == 'f') {
      out->type_ = JsonValue::Type::kBool;
      out->boolean_ = c == 't';
      return ConsumeWord(c == 't' ? "true" : "false");
    }
    if (c == 'n') return ConsumeWord("null");
    return ParseNumber(out);
  }

  bool ParseNumber(JsonValue* out) {
    const char* start = text_.c_str() + pos_;
    if (*start != '-' && !std::isdigit(static_cast<unsigned char>(*start))) {
      return Fail("expected a value");
    }
    char* stop = nullptr;
    out->number_ = std::strtod(start, &stop);
    out->type_ = JsonValue::Type::kNumber;
    pos_ += static_cast<size_t>(stop - start);
    return true;
  }

  bool ParseString(std::string* out) {
    ++pos_;  // the opening quote
    while (!AtEnd() && Peek() != '"') {
      char c = text_[pos_++];
      if (c != '\\') {
        out->push_back(c);
        continue;
      }
      if (AtEnd()) break;
      c = text_[pos_++];
      switch (c) {
        case 'n':
          out->push_back('\n');
          break;
        case 't':
          out->push_back('\t');
          break;
        case 'r':
          out->push_back('\r');
          break;
        case 'b':
          out->push_back('\b');
          break;
        case 'f':
          out->push_back('\f');
          break;
        case 'u':
          if (!AppendCodePoint(out)) return false;
          break;
        default:
          out->push_back(c);  // \" \\ \/
      }
    }
    return Consume('"');
  }

  // \uXXXX (after the 'u'), written as UTF-8. Surrogate pairs are not needed by the fixtures.
  bool AppendCodePoint(std::string* out) {
    if (pos_ + 4 > text_.size()) return Fail("short \\u escape");
    const unsigned long code = std::strtoul(text_.substr(pos_, 4).c_str(), nullptr, 16);
    pos_ += 4;
    if (code < 0x80) {
      out->push_back(static_cast<char>(code));
    } else if (code < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (code >> 6)));
      out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xE0 | (code >> 12)));
      out->push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
    return true;
  }

  bool ParseArray(JsonValue* out, int depth) {
    out->type_ = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (Peek() == ']') return Consume(']');
    do {
      out->items_.emplace_back();
      if (!ParseValue(&out->items_.back(), depth + 1)) return false;
      SkipSpace();
    } while (Peek() == ',' && Consume(','));
    return Consume(']');
  }

  bool ParseObject(JsonValue* out, int depth) {
    out->type_ = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (Peek() == '}') return Consume('}');
    do {
      SkipSpace();
      if (Peek() != '"') return Fail("expected a key");
      std::string key;
      if (!ParseString(&key) || !Consume(':')) return false;
      if (out->members_.count(key) != 0) return Fail("duplicate key '" + key + "'");
      if (!ParseValue(&out->members_[key], depth + 1)) return false;
      SkipSpace();
    } while (Peek() == ',' && Consume(','));
    return Consume('}');
  }

  const std::string& text_;
  size_t pos_ = 0;
  std::string error_;
};

const JsonValue& JsonValue::Get(const std::string& key) const {
  static const JsonValue kNull;
  const auto found = members_.find(key);
  return found == members_.end() ? kNull : found->second;
}

double JsonValue::Number(const std::string& key, double fallback) const {
  return Has(key) ? Get(key).number() : fallback;
}

std::string JsonValue::String(const std::string& key, const std::string& fallback) const {
  return Has(key) ? Get(key).string() : fallback;
}

bool JsonValue::Bool(const std::string& key, bool fallback) const {
  return Has(key) ? Get(key).boolean() : fallback;
}

std::vector<double> JsonValue::Numbers(const std::string& key) const {
  std::vector<double> numbers;
  for (const JsonValue& item : Get(key).items()) {
    if (!item.is_number()) return {};
    numbers.push_back(item.number());
  }
  return numbers;
}

std::string JsonValue::CheckKeys(const std::string& what,
                                 const std::vector<std::string>& allowed) const {
  for (const auto& [key, value] : members_) {
    bool known = false;
    for (const std::string& name : allowed) known = known || name == key;
    if (known) continue;
    std::string list;
    for (const std::string& name : allowed) list += (list.empty() ? "" : ", ") + name;
    return "unknown key '" + key + "' in " + what + " (expected one of: " + list + ")";
  }
  return "";
}

bool ParseJson(const std::string& text, JsonValue* out, std::string* error) {
  *out = JsonValue();
  return JsonParser(text).ParseDocument(out, error);
}

bool ReadJsonFile(const std::string& path, JsonValue* out, std::string* error) {
  std::ifstream in(path);
  if (!in) {
    *error = "cannot open " + path;
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (ParseJson(buffer.str(), out, error)) return true;
  *error = path + ": " + *error;
  return false;
}

std::string FixtureDir() {
  const std::string source = __FILE__;
  const size_t slash = source.find_last_of('/');
  if (slash != std::string::npos) {
    const std::string dir = source.substr(0, slash) + "/../fixtures/";
    if (std::ifstream(dir + "README.md").good()) return dir;
  }
  for (const char* dir : {"tests/fixtures/", "../../tests/fixtures/", "../tests/fixtures/"}) {
    if (std::ifstream(std::string(dir) + "README.md").good()) return dir;
  }
  return "tests/fixtures/";
}

std::string FormatNumberTable(const std::map<std::string, std::vector<double>>& table) {
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
