// Builds the core's readable error messages ("noise must be between 0 and 0.5 (got 0.7)")
// without iostreams: MessageBuilder drags the locale machinery into the wasm module
// (about 70 KB before compression). Numbers print as an ostream would by default: doubles with
// %g (six significant digits), integers in decimal.
#ifndef DESCENT_CORE_MESSAGE_H_
#define DESCENT_CORE_MESSAGE_H_

#include <cstdio>
#include <string>
#include <type_traits>

namespace descent {

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
      char buffer[32];
      std::snprintf(buffer, sizeof buffer, "%g", static_cast<double>(value));
      text_ += buffer;
    } else {
      text_ += std::to_string(value);
    }
    return *this;
  }
  const std::string& str() const { return text_; }

 private:
  std::string text_;
};

}  // namespace descent

#endif  // DESCENT_CORE_MESSAGE_H_
