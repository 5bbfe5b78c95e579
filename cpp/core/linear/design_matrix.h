// The design matrix X = [1, x...] of seed 004 §1.3: one row per sample, a leading column of ones
// so that w_0 is the bias and the model is f(x) = Wᵀx.
#ifndef DESCENT_CORE_LINEAR_DESIGN_MATRIX_H_
#define DESCENT_CORE_LINEAR_DESIGN_MATRIX_H_

#include "core/eigen.h"

namespace descent {

// n × (d + 1): column 0 is all ones (the bias), columns 1..d are `inputs`.
RowMatrix WithBiasColumn(const RowMatrix& inputs);

// Y* = XW, the fitted values (seed 004 eq. 1.6). `fitted` is resized to n.
void FittedValues(const RowMatrix& design, const Eigen::VectorXd& weights, Eigen::VectorXd* fitted);

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_DESIGN_MATRIX_H_
