#include "core/net/init.h"

#include <cmath>

namespace descent {

void InitializeParameters(const NetworkConfig& config, const NetworkLayout& layout, Random* random,
                          Eigen::VectorXd* params) {
  params->resize(layout.ParameterCount());
  for (int l = 1; l <= layout.LayerCount(); ++l) {
    const int fan_in = layout.WeightCols(l);
    const int fan_out = layout.WeightRows(l);
    double* weights = params->data() + layout.WeightOffset(l);
    const int count = fan_in * fan_out;
    for (int i = 0; i < count; ++i) {
      double w = 0;
      switch (config.init) {
        case InitKind::kUniform:
          w = random->Uniform(-config.init_scale, config.init_scale);
          break;
        case InitKind::kNormal:
          w = config.init_scale * random->Normal();
          break;
        case InitKind::kXavier: {
          // Glorot & Bengio 2010: keeps the activation variance roughly constant in both passes.
          const double limit = std::sqrt(6.0 / (fan_in + fan_out));
          w = random->Uniform(-limit, limit);
          break;
        }
        case InitKind::kHe:
          // He et al. 2015: variance 2/n_in compensates ReLU zeroing half its inputs.
          w = std::sqrt(2.0 / fan_in) * random->Normal();
          break;
        case InitKind::kZeros:
          w = 0;
          break;
      }
      weights[i] = w;
    }
    layout.Biases(params, l).setConstant(config.init_bias);
  }
}

}  // namespace descent
