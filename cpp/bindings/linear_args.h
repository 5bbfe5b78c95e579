// Reading a data set (flat row-major inputs plus one target per row) and solver results for the
// linear labs' bindings.
#ifndef DESCENT_BINDINGS_LINEAR_ARGS_H_
#define DESCENT_BINDINGS_LINEAR_ARGS_H_

#include <emscripten/val.h>

#include <string>
#include <vector>

#include "bindings/js_args.h"
#include "bindings/refusal.h"
#include "core/eigen.h"
#include "core/linear/least_squares_objective.h"
#include "core/linear/normal_equation.h"

namespace descent::bindings {

// Validates and reads n·d inputs and n targets into X = [1, inputs] (n × (d + 1)) and Y. ""
// or the refusal (empty data, ragged length, non-finite value).
std::string ReadLinearData(const emscripten::val& inputs, int input_dim,
                           const emscripten::val& targets, RowMatrix* design, Eigen::VectorXd* y);

// Reads { iMin, iMax, jMin, jMax } into *box. "" or the refusal.
std::string ReadWeightBox(const emscripten::val& object, WeightBox* box);

// The cost over weights i and j (the others at `base`) on an n × n grid for the valley views,
// written into *grid and returned as a view of it; undefined after a refusal. Shared by the
// linear models' handles, whose objectives all offer ValidateGrid and CostOverTwoWeights.
template <typename Objective>
emscripten::val CostGridView(Objective& objective, int parameter_count, int i, int j,
                             const emscripten::val& base, const emscripten::val& box, int n,
                             std::vector<float>* grid) {
  WeightBox weight_box;
  Eigen::VectorXd base_weights;
  if (Refused(ReadWeightBox(box, &weight_box)) ||
      Refused(ReadNumberArray(base, parameter_count, "base weights", &base_weights)) ||
      Refused(objective.ValidateGrid(i, j, weight_box, n))) {
    return emscripten::val::undefined();
  }
  grid->resize(static_cast<size_t>(n) * n);
  objective.CostOverTwoWeights(i, j, base_weights, weight_box, n, grid->data());
  return View(*grid);
}

// { ok, message, weights, rank } as a plain JS object (copies).
emscripten::val SolveResultJs(const LinearSolveResult& result);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_LINEAR_ARGS_H_
