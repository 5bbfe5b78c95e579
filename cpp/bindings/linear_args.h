// Reading a data set (flat row-major inputs plus one target per row) and solver
// results for the linear labs' bindings.
#ifndef DESCENT_BINDINGS_LINEAR_ARGS_H_
#define DESCENT_BINDINGS_LINEAR_ARGS_H_

#include <emscripten/val.h>

#include "core/eigen.h"
#include "core/linear/normal_equation.h"

namespace descent::bindings {

// Validates and reads n·d inputs and n targets into X = [1, inputs] (n × (d +
// 1)) and Y. Throws a readable JS Error (empty data, ragged length, non-finite
// value) before allocating.
void ReadLinearData(const emscripten::val &inputs, int input_dim,
                    const emscripten::val &targets, RowMatrix *design,
                    Eigen::VectorXd *y);

// Copies a vector into a plain JS array (safe to keep).
emscripten::val NumberArrayCopy(const Eigen::VectorXd &vector);

// { ok, message, weights, rank } as a plain JS object (copies).
emscripten::val SolveResultJs(const LinearSolveResult &result);

} // namespace descent::bindings

#endif // DESCENT_BINDINGS_LINEAR_ARGS_H_
