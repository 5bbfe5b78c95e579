#include "bindings/linear_args.h"

#include <string>

#include "bindings/js_args.h"
#include "core/linear/design_matrix.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
// Far beyond what a lab draws, small enough that a mistyped size cannot exhaust memory.
constexpr int kMaxLinearSamples = 100000;
constexpr int kMaxLinearInputs = 64;
}  // namespace

std::string ReadLinearData(const val& inputs, int input_dim, const val& targets, RowMatrix* design,
                           Eigen::VectorXd* y) {
  std::string message = CheckRange(input_dim, 1, kMaxLinearInputs, "number of inputs per sample");
  if (!message.empty()) return message;
  if (targets.isUndefined() || targets.isNull() || !targets["length"].isNumber()) {
    return "targets must be an array of numbers";
  }
  const int n = targets["length"].as<int>();
  if (n < 1) return "The data set is empty: add at least one point.";
  if (n > kMaxLinearSamples) {
    return "Too many samples (" + std::to_string(n) + "); at most " +
           std::to_string(kMaxLinearSamples);
  }
  Eigen::VectorXd flat, read_y;
  message = ReadNumberArray(inputs, n * input_dim, "inputs", &flat);
  if (message.empty()) message = ReadNumberArray(targets, n, "targets", &read_y);
  if (!message.empty()) return message;
  RowMatrix raw(n, input_dim);
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < input_dim; ++k) raw(i, k) = flat[i * input_dim + k];
  }
  *design = WithBiasColumn(raw);
  *y = std::move(read_y);
  return "";
}

std::string ReadWeightBox(const val& object, WeightBox* box) {
  JsObjectReader in(object, "grid box");
  in.Number("iMin", &box->i_min);
  in.Number("iMax", &box->i_max);
  in.Number("jMin", &box->j_min);
  in.Number("jMax", &box->j_max);
  return in.error();
}

val SolveResultJs(const LinearSolveResult& result) {
  val out = val::object();
  out.set("ok", result.ok);
  out.set("message", result.message);
  out.set("weights", NumberArray(result.weights));
  out.set("rank", result.rank);
  return out;
}

}  // namespace descent::bindings
