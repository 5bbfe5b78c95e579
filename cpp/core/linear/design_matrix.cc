#include "core/linear/design_matrix.h"

namespace descent {

RowMatrix WithBiasColumn(const RowMatrix& inputs) {
  RowMatrix design(inputs.rows(), inputs.cols() + 1);
  design.col(0).setOnes();
  design.rightCols(inputs.cols()) = inputs;
  return design;
}

void FittedValues(const RowMatrix& design, const Eigen::VectorXd& weights,
                  Eigen::VectorXd* fitted) {
  fitted->resize(design.rows());
  fitted->noalias() = design * weights;
}

}  // namespace descent
