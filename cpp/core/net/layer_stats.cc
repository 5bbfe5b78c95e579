#include "core/net/layer_stats.h"

#include <limits>

namespace descent {

void LayerWeightNorms(const NetworkLayout& layout, const Eigen::VectorXd& params, double* out) {
  for (int l = 1; l <= layout.LayerCount(); ++l) out[l - 1] = layout.Weights(params, l).norm();
}

void LayerUpdateRatios(const NetworkLayout& layout, const Eigen::VectorXd& params,
                       const Eigen::VectorXd& update, double* out) {
  for (int l = 1; l <= layout.LayerCount(); ++l) {
    const double change = layout.Weights(update, l).norm();
    const double size = layout.Weights(params, l).norm();
    if (change == 0) {
      out[l - 1] = 0;
    } else {
      out[l - 1] = size > 0 ? change / size : std::numeric_limits<double>::infinity();
    }
  }
}

}  // namespace descent
