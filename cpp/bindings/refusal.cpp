#include "bindings/refusal.h"

namespace descent::bindings {

namespace {
// The module's one pending refusal: JS is single-threaded and the wrapper reads it right after
// the call that set it.
std::string& Pending() {
  static std::string message;
  return message;
}
}  // namespace

bool Refused(const std::string& message) {
  if (message.empty()) return false;
  Pending() = message;
  return true;
}

emscripten::val TakeRefusal() {
  std::string& pending = Pending();
  if (pending.empty()) return emscripten::val::undefined();
  emscripten::val message(pending);
  pending.clear();
  return message;
}

}  // namespace descent::bindings
