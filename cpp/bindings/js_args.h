// Reading plain JS objects and arrays passed to the module into the core's option structs, and
// handing buffers back as views or copies. Nothing here throws: a bad argument becomes a
// message the caller returns as a refusal (refusal.h), and the core validates the values.
#ifndef DESCENT_BINDINGS_JS_ARGS_H_
#define DESCENT_BINDINGS_JS_ARGS_H_

#include <emscripten/val.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include "core/eigen.h"

namespace descent::bindings {

// Reads optional fields of a JS object. A missing or undefined field leaves the target as it
// is (the core's default); a field of the wrong type records an error naming it, and later
// reads do nothing. Check error() after reading.
class JsObjectReader {
 public:
  JsObjectReader(const emscripten::val& object, const char* object_name);
  void Number(const char* field, double* value);
  void Integer(const char* field, int* value);
  void Integer(const char* field, std::optional<int>* value);
  void Bool(const char* field, bool* value);
  void String(const char* field, std::string* value);
  void Strings(const char* field, std::vector<std::string>* values);
  void Numbers(const char* field, std::vector<double>* values);
  bool Has(const char* field) const;
  // Records an error for any own key of the object not in `known` (a misspelt option would
  // otherwise be ignored silently).
  // `what` names one key in the message ("Unknown gradient check option 'x' (expected ...)").
  void RefuseUnknownKeys(const char* what, std::initializer_list<const char*> known);
  const std::string& error() const { return error_; }

 private:
  void Fail(const std::string& message);
  // The field as an array (undefined when absent); records an error when it is none.
  emscripten::val Array(const char* field);
  emscripten::val object_;
  std::string object_name_;
  std::string error_;
};

// Copies a JS array or typed array of finite numbers into *out, checking its length when
// expected_length >= 0. "" or the refusal; *out is untouched on refusal.
std::string ReadNumberArray(const emscripten::val& array, int expected_length, const char* name,
                            Eigen::VectorXd* out);

// A JS value as a message quotes it: strings in quotes, at most about 60 characters.
std::string DescribeJs(const emscripten::val& value);

// A typed-array view aliasing wasm memory: valid until the next call into the module.
emscripten::val View(const Eigen::VectorXd& vector);
emscripten::val View(const std::vector<double>& vector);
emscripten::val View(const std::vector<float>& vector);
emscripten::val View(const std::vector<int>& vector);
// A Float64Array that owns a copy: stays valid across later calls into the module.
emscripten::val Copy(const std::vector<double>& vector);
// Plain JS arrays (copies).
emscripten::val NumberArray(const Eigen::VectorXd& vector);
emscripten::val StringArray(const std::vector<std::string>& strings);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_JS_ARGS_H_
