// Builds the core's readable error messages ("noise must be between 0 and 0.5 (got 0.7)")
// without iostreams, which drag the locale machinery into the wasm module (about 70 KB before
// compression), and without printf (about 3 KB gzip). Numbers print as an ostream would by
// default: doubles as %g would (six significant digits), integers in decimal.
#ifndef DESCENT_CORE_MESSAGE_H_
#define DESCENT_CORE_MESSAGE_H_

#include <string>
#include <type_traits>
#include <vector>

namespace descent {

// value as printf's "%g" prints it: six significant digits, exponent form (e±XX) below 1e-4 and
// from 1e6, trailing zeros dropped; "nan", "inf", "-inf", "-0" as printf writes them.
std::string FormatNumber(double value);

// "what, got value": the core's message for an option out of range (%g keeps "got -1" short and
// prints NaN as "nan", which a student can read).
std::string DescribeValue(const char* what, double value);

// The refusals every entry point shares, empty when the value is acceptable:
//   "name must be a finite number, got inf"
//   "name must be between low and high, got value" (non-finite values refused as above)
//   "Unknown what 'name'. Choose one of: a, b, c."
std::string CheckFinite(double value, const char* name);
std::string CheckRange(double value, double low, double high, const char* name);
std::string UnknownName(const char* what, const std::string& name,
                        const std::vector<std::string>& choices);

// The largest integer a JS number (a double) holds exactly: seeds up to it are accepted.
constexpr double kMaxSeed = 9007199254740991.0;

class MessageBuilder {
 public:
  MessageBuilder& operator<<(const std::string& text) {
    text_ += text;
    return *this;
  }
  MessageBuilder& operator<<(const char* text) {
    text_ += text;
    return *this;
  }
  MessageBuilder& operator<<(char c) {
    text_ += c;
    return *this;
  }
  template <typename Number, typename = std::enable_if_t<std::is_arithmetic_v<Number>>>
  MessageBuilder& operator<<(Number value) {
    if constexpr (std::is_floating_point_v<Number>) {
      text_ += FormatNumber(static_cast<double>(value));
    } else {
      text_ += std::to_string(value);
    }
    return *this;
  }
  const std::string& str() const { return text_; }
  // For a builder kept and reused where allocation matters (the trainer's stop message).
  void reserve(size_t capacity) { text_.reserve(capacity); }
  void clear() { text_.clear(); }

 private:
  std::string text_;
};

}  // namespace descent

#endif  // DESCENT_CORE_MESSAGE_H_
