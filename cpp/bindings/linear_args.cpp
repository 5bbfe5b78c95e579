#include "bindings/linear_args.h"

#include <string>

#include "bindings/js_args.h"
#include "core/linear/design_matrix.h"

namespace descent::bindings {

using emscripten::val;

namespace {
// Far beyond what a lab draws, small enough that a mistyped size cannot exhaust
// memory.
constexpr int kMaxLinearSamples = 100000;
constexpr int kMaxLinearInputs = 64;
} // namespace

void ReadLinearData(const val &inputs, int input_dim, const val &targets,
                    RowMatrix *design, Eigen::VectorXd *y) {
  RequireRange(input_dim, 1, kMaxLinearInputs, "number of inputs per sample");
  if (targets.isUndefined() || targets.isNull() ||
      !targets["length"].isNumber()) {
    ThrowError("targets must be an array of numbers");
  }
  const int n = targets["length"].as<int>();
  if (n < 1)
    ThrowError("The data set is empty: add at least one point.");
  if (n > kMaxLinearSamples) {
    ThrowError("Too many samples (" + std::to_string(n) + "); at most " +
               std::to_string(kMaxLinearSamples));
  }
  const Eigen::VectorXd flat = ReadNumberArray(inputs, n * input_dim, "inputs");
  *y = ReadNumberArray(targets, n, "targets");
  RowMatrix raw(n, input_dim);
  for (int i = 0; i < n; ++i) {
    for (int k = 0; k < input_dim; ++k)
      raw(i, k) = flat[i * input_dim + k];
  }
  *design = WithBiasColumn(raw);
}

val NumberArrayCopy(const Eigen::VectorXd &vector) {
  val array = val::array();
  for (int i = 0; i < vector.size(); ++i)
    array.call<void>("push", vector[i]);
  return array;
}

val SolveResultJs(const LinearSolveResult &result) {
  val out = val::object();
  out.set("ok", result.ok);
  out.set("message", result.message);
  out.set("weights", NumberArrayCopy(result.weights));
  out.set("rank", result.rank);
  return out;
}

} // namespace descent::bindings
