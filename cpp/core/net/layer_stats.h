// Per-layer norms the network diagram and the "layer health" chart draw. The per-batch δ and
// gradient norms are recorded by Network::Evaluate itself (network.h); these need θ or the
// optimizer's update, which only the caller has.
#ifndef DESCENT_CORE_NET_LAYER_STATS_H_
#define DESCENT_CORE_NET_LAYER_STATS_H_

#include "core/eigen.h"
#include "core/net/network_layout.h"

namespace descent {

// out[l − 1] = ‖W^l‖_F for l = 1..L (L = layout.LayerCount() entries).
void LayerWeightNorms(const NetworkLayout& layout, const Eigen::VectorXd& params, double* out);

// out[l − 1] = ‖ΔW^l‖_F / ‖W^l‖_F, with Δθ the optimizer's last update (Optimizer::last_update)
// and θ the parameters after it (Trainer::params). A healthy rate of learning shows ratios near
// 1e-3; much larger means the layer is being thrown around, much smaller that it barely learns.
// 0 where ‖ΔW^l‖ = 0; where ‖W^l‖ = 0 but the update is not, the ratio is +infinity.
void LayerUpdateRatios(const NetworkLayout& layout, const Eigen::VectorXd& params,
                       const Eigen::VectorXd& update, double* out);

}  // namespace descent

#endif  // DESCENT_CORE_NET_LAYER_STATS_H_
