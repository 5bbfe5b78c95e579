// A cost grid over two weights of a linear model (the lab's "valley" view): the rectangle of the
// (w_i, w_j) plane it covers and the checks every such grid shares.
#ifndef DESCENT_CORE_LINEAR_WEIGHT_BOX_H_
#define DESCENT_CORE_LINEAR_WEIGHT_BOX_H_

#include <string>

namespace descent {

// Both ends included.
struct WeightBox {
  double i_min = -1, i_max = 1;  // range of weight i (grid columns, the x axis)
  double j_min = -1, j_max = 1;  // range of weight j (grid rows, the y axis)
};

// Empty when an n × n grid over weights i and j (of `parameters`) inside `box` can be computed
// with n ≤ max_n; otherwise a readable message.
std::string ValidateWeightGrid(int parameters, int i, int j, const WeightBox& box, int n,
                               int max_n);

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_WEIGHT_BOX_H_
