// Reading plain JS objects and arrays passed to the module, with readable errors.
// Every binding validates its arguments completely before it allocates or changes anything,
// because a JS Error thrown from here unwinds without running C++ destructors
// (TOOLCHAIN.md pitfall 5).
#ifndef DESCENT_BINDINGS_JS_ARGS_H_
#define DESCENT_BINDINGS_JS_ARGS_H_

#include <emscripten/val.h>

#include <string>
#include <vector>

#include "core/eigen.h"

namespace descent::bindings {

// Throws a JS Error with `message` (never returns).
[[noreturn]] void ThrowError(const std::string& message);

// Throws unless `message` is empty. Core Validate*() functions return such messages.
void ThrowIfError(const std::string& message);

// Throws unless value is finite (and, when given, inside [low, high]).
void RequireFinite(double value, const char* name);
void RequireRange(double value, double low, double high, const char* name);

// Reads optional fields of a JS object. A missing or undefined field gives the fallback; a field
// of the wrong type records an error naming it. Check error() (or call ThrowIfAny) after reading.
class JsObjectReader {
 public:
  JsObjectReader(const emscripten::val& object, const char* object_name);
  double Number(const char* field, double fallback);
  int Integer(const char* field, int fallback);
  bool Bool(const char* field, bool fallback);
  std::string String(const char* field, const std::string& fallback);
  bool Has(const char* field) const;
  const std::string& error() const { return error_; }
  void ThrowIfAny() const { ThrowIfError(error_); }

 private:
  void Fail(const std::string& message);
  emscripten::val object_;
  std::string object_name_;
  std::string error_;
};

// Copies a JS array or typed array of numbers into a vector, checking length (when
// expected_length >= 0) and that every entry is finite.
Eigen::VectorXd ReadNumberArray(const emscripten::val& array, int expected_length,
                                const char* name);

// A typed-array view aliasing wasm memory: valid until the next call into the module.
emscripten::val View(const Eigen::VectorXd& vector);
emscripten::val View(const std::vector<double>& vector);
emscripten::val View(const std::vector<float>& vector);
// A Float64Array that owns a copy: stays valid across later calls into the module.
emscripten::val Copy(const std::vector<double>& vector);

// A JS array of strings.
emscripten::val StringArray(const std::vector<std::string>& strings);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_JS_ARGS_H_
