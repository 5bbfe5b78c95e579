#include "bindings/js_args.h"

#include <cmath>
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
std::string Describe(const val& value) {
  return value.typeOf().as<std::string>() == "string" ? "'" + value.as<std::string>() + "'"
                                                       : val::global("String")(value).as<std::string>();
}
std::string FormatNumber(double value) {
  MessageBuilder out;
  out << value;
  return out.str();
}
}  // namespace

void ThrowError(const std::string& message) { val::global("Error").new_(message).throw_(); }

void ThrowIfError(const std::string& message) {
  if (!message.empty()) ThrowError(message);
}

void RequireFinite(double value, const char* name) {
  if (!std::isfinite(value)) {
    ThrowError(std::string(name) + " must be a finite number, got " + FormatNumber(value));
  }
}

void RequireRange(double value, double low, double high, const char* name) {
  RequireFinite(value, name);
  if (value < low || value > high) {
    ThrowError(std::string(name) + " must be between " + FormatNumber(low) + " and " +
               FormatNumber(high) + ", got " + FormatNumber(value));
  }
}

JsObjectReader::JsObjectReader(const val& object, const char* object_name)
    : object_(object), object_name_(object_name) {
  const std::string type = object.typeOf().as<std::string>();
  if (!object.isUndefined() && !object.isNull() && type != "object") {
    Fail(object_name_ + " must be an object, got " + Describe(object));
  }
}

bool JsObjectReader::Has(const char* field) const {
  if (object_.isUndefined() || object_.isNull() || !error_.empty()) return false;
  return !object_[field].isUndefined();
}

void JsObjectReader::Fail(const std::string& message) {
  if (error_.empty()) error_ = message;
}

double JsObjectReader::Number(const char* field, double fallback) {
  if (!Has(field)) return fallback;
  val value = object_[field];
  if (!value.isNumber()) {
    Fail(std::string(field) + " must be a number, got " + Describe(value));
    return fallback;
  }
  const double number = value.as<double>();
  if (!std::isfinite(number)) {
    Fail(std::string(field) + " must be a finite number, got " + FormatNumber(number));
    return fallback;
  }
  return number;
}

int JsObjectReader::Integer(const char* field, int fallback) {
  if (!Has(field)) return fallback;
  const double number = Number(field, fallback);
  if (!error_.empty()) return fallback;
  if (number != std::floor(number) || std::fabs(number) > 2e9) {
    Fail(std::string(field) + " must be a whole number, got " + FormatNumber(number));
    return fallback;
  }
  return static_cast<int>(number);
}

bool JsObjectReader::Bool(const char* field, bool fallback) {
  if (!Has(field)) return fallback;
  val value = object_[field];
  if (value.typeOf().as<std::string>() != "boolean") {
    Fail(std::string(field) + " must be true or false, got " + Describe(value));
    return fallback;
  }
  return value.as<bool>();
}

std::string JsObjectReader::String(const char* field, const std::string& fallback) {
  if (!Has(field)) return fallback;
  val value = object_[field];
  if (value.typeOf().as<std::string>() != "string") {
    Fail(std::string(field) + " must be a string, got " + Describe(value));
    return fallback;
  }
  return value.as<std::string>();
}

Eigen::VectorXd ReadNumberArray(const val& array, int expected_length, const char* name) {
  if (array.isUndefined() || array.isNull() || !array["length"].isNumber()) {
    ThrowError(std::string(name) + " must be an array of numbers");
  }
  const int length = array["length"].as<int>();
  if (expected_length >= 0 && length != expected_length) {
    ThrowError(std::string(name) + " must have " + std::to_string(expected_length) +
               " numbers, got " + std::to_string(length));
  }
  // Check every entry before allocating: a thrown JS Error would leak the vector.
  for (int i = 0; i < length; ++i) {
    val entry = array[i];
    if (!entry.isNumber() || !std::isfinite(entry.as<double>())) {
      ThrowError(std::string(name) + "[" + std::to_string(i) + "] must be a finite number, got " +
                 Describe(entry));
    }
  }
  Eigen::VectorXd result(length);
  for (int i = 0; i < length; ++i) result[i] = array[i].as<double>();
  return result;
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
val Copy(const std::vector<double>& vector) {
  return val::global("Float64Array").new_(View(vector));
}

val StringArray(const std::vector<std::string>& strings) {
  val array = val::array();
  for (const std::string& s : strings) array.call<void>("push", s);
  return array;
}

}  // namespace descent::bindings
