// Reading a data set (flat row-major inputs plus one target per row) and solver results for the
// linear labs' bindings.
#ifndef DESCENT_BINDINGS_LINEAR_ARGS_H_
#define DESCENT_BINDINGS_LINEAR_ARGS_H_

#include <emscripten/val.h>

#include <string>

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

// { ok, message, weights, rank } as a plain JS object (copies).
emscripten::val SolveResultJs(const LinearSolveResult& result);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_LINEAR_ARGS_H_
