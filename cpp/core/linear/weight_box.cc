#include "core/linear/weight_box.h"

#include <cmath>

#include "core/message.h"

namespace descent {

std::string ValidateWeightGrid(int parameters, int i, int j, const WeightBox& box, int n,
                               int max_n) {
  MessageBuilder message;
  if (i < 0 || i >= parameters || j < 0 || j >= parameters) {
    message << "weight indices must be between 0 and " << parameters - 1 << " (got " << i << " and "
            << j << ")";
  } else if (i == j) {
    message << "choose two different weights (both are " << i << ")";
  } else if (n < 2 || n > max_n) {
    message << "grid size must be between 2 and " << max_n << " (got " << n << ")";
  } else if (!std::isfinite(box.i_min) || !std::isfinite(box.i_max) || !std::isfinite(box.j_min) ||
             !std::isfinite(box.j_max) || box.i_min >= box.i_max || box.j_min >= box.j_max) {
    message << "the weight box must have finite bounds with min < max";
  }
  return message.str();
}

}  // namespace descent
