// A small JSON reader for the shared fixtures in tests/fixtures/ (the same files the Vitest
// fixture loop reads with JSON.parse), so the GoogleTest suite needs no JSON package. It
// accepts standard JSON; numbers are read as doubles, strings may use the usual escapes.
// Errors come back as values (a message with the offset), never as exceptions, because the
// suite also runs compiled to wasm.
#ifndef DESCENT_TESTS_CPP_FIXTURE_JSON_H_
#define DESCENT_TESTS_CPP_FIXTURE_JSON_H_

#include <map>
#include <string>
#include <vector>

namespace descent::testing {

class JsonValue {
 public:
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type() const { return type_; }
  bool is_number() const { return type_ == Type::kNumber; }
  bool is_string() const { return type_ == Type::kString; }
  bool is_array() const { return type_ == Type::kArray; }
  bool is_object() const { return type_ == Type::kObject; }

  // The value itself; the defaults (false, 0, "", empty) for another type.
  bool boolean() const { return boolean_; }
  double number() const { return number_; }
  const std::string& string() const { return string_; }
  const std::vector<JsonValue>& items() const { return items_; }
  const std::map<std::string, JsonValue>& members() const { return members_; }

  // Object access: Has(key); Get(key) is a null value when the key is absent.
  bool Has(const std::string& key) const { return members_.count(key) != 0; }
  const JsonValue& Get(const std::string& key) const;
  // The member's number / string / bool, or `fallback` when the key is absent.
  double Number(const std::string& key, double fallback) const;
  std::string String(const std::string& key, const std::string& fallback) const;
  bool Bool(const std::string& key, bool fallback) const;
  // An array of numbers as a vector (empty when absent or not all numbers).
  std::vector<double> Numbers(const std::string& key) const;

  // Empty when every member's key is in `allowed`; otherwise a message naming the first
  // unknown key of `what`, so that a misspelt option in a fixture is refused, not ignored.
  std::string CheckKeys(const std::string& what, const std::vector<std::string>& allowed) const;

 private:
  friend class JsonParser;
  Type type_ = Type::kNull;
  bool boolean_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<JsonValue> items_;
  std::map<std::string, JsonValue> members_;
};

// Parses `text`; on a syntax error returns false and says where in *error.
bool ParseJson(const std::string& text, JsonValue* out, std::string* error);
// Reads and parses a file; false with a message when it cannot be opened or parsed.
bool ReadJsonFile(const std::string& path, JsonValue* out, std::string* error);

// The repository's tests/fixtures/ folder, with a trailing slash. Found from this source file's
// own path (__FILE__ is absolute in the CMake builds, and the wasm suite runs under Node with
// NODERAWFS, so it reads the same path), else relative to the working directory.
std::string FixtureDir();

// Writes numbers with 17 significant digits (enough to round-trip every double) as a JSON
// object { "name": [numbers], ... }, one line per name, names sorted.
std::string FormatNumberTable(const std::map<std::string, std::vector<double>>& table);

}  // namespace descent::testing

#endif  // DESCENT_TESTS_CPP_FIXTURE_JSON_H_
