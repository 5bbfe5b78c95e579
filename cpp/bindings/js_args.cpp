#include "bindings/js_args.h"

#include <cmath>

#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {

bool IsAbsent(const val& value) { return value.isUndefined() || value.isNull(); }

// The offending value as a message quotes it: at most kQuoted characters of it, so that a
// megabyte-long string or array does not make a megabyte-long message.
constexpr size_t kQuoted = 60;
std::string Describe(const val& value) {
  std::string text =
      value.isString() ? value.as<std::string>() : val::global("String")(value).as<std::string>();
  if (text.size() > kQuoted) text = text.substr(0, kQuoted) + "...";
  return value.isString() ? "'" + text + "'" : text;
}

}  // namespace

std::string DescribeJs(const val& value) { return Describe(value); }

JsObjectReader::JsObjectReader(const val& object, const char* object_name)
    : object_(object), object_name_(object_name) {
  if (!IsAbsent(object) && object.typeOf().as<std::string>() != "object") {
    Fail(object_name_ + " must be an object, got " + Describe(object));
  }
}

bool JsObjectReader::Has(const char* field) const {
  if (IsAbsent(object_) || !error_.empty()) return false;
  return !object_[field].isUndefined();
}

void JsObjectReader::Fail(const std::string& message) {
  if (error_.empty()) error_ = message;
}

void JsObjectReader::Number(const char* field, double* value) {
  if (!Has(field)) return;
  const val entry = object_[field];
  if (!entry.isNumber())
    return Fail(std::string(field) + " must be a number, got " + Describe(entry));
  const double number = entry.as<double>();
  const std::string message = CheckFinite(number, field);
  if (!message.empty()) return Fail(message);
  *value = number;
}

void JsObjectReader::Integer(const char* field, int* value) {
  double number = *value;
  Number(field, &number);
  if (!error_.empty()) return;
  if (number != std::floor(number) || std::fabs(number) > 2e9) {
    return Fail(std::string(field) + " must be a whole number, got " + FormatNumber(number));
  }
  *value = static_cast<int>(number);
}

void JsObjectReader::Integer(const char* field, std::optional<int>* value) {
  if (!Has(field)) return;
  int number = 0;
  Integer(field, &number);
  if (error_.empty()) *value = number;
}

void JsObjectReader::Bool(const char* field, bool* value) {
  if (!Has(field)) return;
  const val entry = object_[field];
  if (entry.typeOf().as<std::string>() != "boolean") {
    return Fail(std::string(field) + " must be true or false, got " + Describe(entry));
  }
  *value = entry.as<bool>();
}

void JsObjectReader::String(const char* field, std::string* value) {
  if (!Has(field)) return;
  const val entry = object_[field];
  if (!entry.isString()) {
    return Fail(std::string(field) + " must be a string, got " + Describe(entry));
  }
  *value = entry.as<std::string>();
}

val JsObjectReader::Array(const char* field) {
  if (!Has(field)) return val::undefined();
  const val entry = object_[field];
  if (!val::global("Array").call<bool>("isArray", entry)) {
    Fail(object_name_ + ": " + field + " must be an array");
    return val::undefined();
  }
  return entry;
}

void JsObjectReader::Strings(const char* field, std::vector<std::string>* values) {
  const val array = Array(field);
  if (array.isUndefined()) return;
  const int length = array["length"].as<int>();
  std::vector<std::string> read;
  for (int i = 0; i < length; ++i) {
    const val item = array[i];
    if (!item.isString()) {
      return Fail(std::string(field) + "[" + std::to_string(i) + "] must be a name, got " +
                  Describe(item));
    }
    read.push_back(item.as<std::string>());
  }
  *values = std::move(read);
}

void JsObjectReader::Numbers(const char* field, std::vector<double>* values) {
  const val array = Array(field);
  if (array.isUndefined()) return;
  const int length = array["length"].as<int>();
  std::vector<double> read;
  for (int i = 0; i < length; ++i) {
    const val item = array[i];
    if (!item.isNumber()) {
      return Fail(std::string(field) + "[" + std::to_string(i) + "] must be a number, got " +
                  Describe(item));
    }
    read.push_back(item.as<double>());
  }
  *values = std::move(read);
}

void JsObjectReader::RefuseUnknownKeys(const char* what, std::initializer_list<const char*> known) {
  if (IsAbsent(object_) || !error_.empty()) return;
  const val keys = val::global("Object").call<val>("keys", object_);
  const int count = keys["length"].as<int>();
  for (int i = 0; i < count; ++i) {
    const std::string key = keys[i].as<std::string>();
    bool found = false;
    std::string list;
    for (const char* name : known) {
      found = found || key == name;
      list += (list.empty() ? "" : ", ") + std::string(name);
    }
    if (!found) {
      return Fail("Unknown " + std::string(what) + " '" + key + "' (expected " + list + ")");
    }
  }
}

std::string ReadNumberArray(const val& array, int expected_length, const char* name,
                            Eigen::VectorXd* out) {
  if (IsAbsent(array) || !array["length"].isNumber()) {
    return std::string(name) + " must be an array of numbers";
  }
  const int length = array["length"].as<int>();
  if (expected_length >= 0 && length != expected_length) {
    return std::string(name) + " must have " + std::to_string(expected_length) + " numbers, got " +
           std::to_string(length);
  }
  Eigen::VectorXd result(length);
  for (int i = 0; i < length; ++i) {
    const val entry = array[i];
    if (!entry.isNumber() || !std::isfinite(entry.as<double>())) {
      return std::string(name) + "[" + std::to_string(i) + "] must be a finite number, got " +
             Describe(entry);
    }
    result[i] = entry.as<double>();
  }
  *out = std::move(result);
  return "";
}

val View(const Eigen::VectorXd& vector) {
  return val(emscripten::typed_memory_view(vector.size(), vector.data()));
}
val View(const std::vector<double>& vector) {
  return val(emscripten::typed_memory_view(vector.size(), vector.data()));
}
val View(const std::vector<float>& vector) {
  return val(emscripten::typed_memory_view(vector.size(), vector.data()));
}
val View(const std::vector<int>& vector) {
  return val(emscripten::typed_memory_view(vector.size(), vector.data()));
}
val Copy(const std::vector<double>& vector) {
  return val::global("Float64Array").new_(View(vector));
}

val NumberArray(const Eigen::VectorXd& vector) {
  val array = val::array();
  for (int i = 0; i < vector.size(); ++i) array.call<void>("push", vector[i]);
  return array;
}

val StringArray(const std::vector<std::string>& strings) {
  val array = val::array();
  for (const std::string& s : strings) array.call<void>("push", s);
  return array;
}

}  // namespace descent::bindings
