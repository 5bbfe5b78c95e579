// Linear binary classifiers trained by minimising a margin loss G(y Wᵀx) (seed 004 §1.4, §2.2.2)
// with labels y ∈ {−1, +1}: squared hinge (the seed's choice), hinge and logistic.
#ifndef DESCENT_CORE_LINEAR_MARGIN_LOSS_OBJECTIVE_H_
#define DESCENT_CORE_LINEAR_MARGIN_LOSS_OBJECTIVE_H_

#include <string>
#include <vector>

#include "core/eigen.h"
#include "core/linear/weight_box.h"
#include "core/objective.h"

namespace descent {

enum class MarginLoss {
  // ½ max(0, 1 − m)², ∇ = (Wᵀx − y) x when m < 1 else 0 (seed eq. 1.7, using y² = 1).
  kSquaredHinge,
  // max(0, 1 − m), subgradient −y x when m < 1 else 0 (kink at m = 1).
  kHinge,
  // log(1 + e^{−m}), ∇ = −y x σ(−m); computed without overflow for any m.
  kLogistic,
};

// "squared-hinge", "hinge", "logistic".
const char* MarginLossName(MarginLoss loss);
// The names above, in menu order.
const std::vector<std::string>& MarginLossNames();
// False (and `loss` untouched) for an unknown name.
bool ParseMarginLoss(const std::string& name, MarginLoss* loss);

// G(m) and dG/dm for one margin m = y Wᵀx.
double MarginLossValue(MarginLoss loss, double margin);
double MarginLossSlope(MarginLoss loss, double margin);

struct MarginLossConfig {
  MarginLoss loss = MarginLoss::kSquaredHinge;
  double lambda = 0;           // optional L2 term (λ/2)‖W‖², λ ≥ 0
  bool penalize_bias = false;  // biases are not penalised unless asked
  int bias_index = 0;          // −1 when the design has no bias column
};

// C(W) = (1/n) Σ G(y_i Wᵀx_i) + (λ/2) Σ_k p_k w_k²; a mini-batch uses the mean over the batch.
class MarginLossObjective : public Objective {
 public:
  // Empty when sizes agree, values are finite, every label is −1 or +1, λ ≥ 0 and the bias
  // index fits; otherwise a readable message.
  static std::string Validate(const RowMatrix& design, const Eigen::VectorXd& labels,
                              const MarginLossConfig& config);

  // `design` is X (n × d, see WithBiasColumn), `labels` y ∈ {−1, +1}. Both are copied.
  MarginLossObjective(const RowMatrix& design, const Eigen::VectorXd& labels,
                      const MarginLossConfig& config);

  int ParameterCount() const override { return static_cast<int>(design_.cols()); }
  int SampleCount() const override { return static_cast<int>(design_.rows()); }
  // Never allocates.
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                  Eigen::VectorXd* gradient) override;

  // A grid costs O(n² · samples): it is capped lower than the least-squares one.
  static constexpr int kMaxMarginCostGrid = 256;
  // Empty when a grid over weights i and j with n × n points inside `box` can be computed.
  std::string ValidateGrid(int i, int j, const WeightBox& box, int n) const;
  // The full cost over an n × n grid: weight i over [i_min, i_max] (columns), weight j over
  // [j_min, j_max] (rows), the others as in `base`; out[row * n + col]. Call ValidateGrid
  // first; an invalid request writes nothing. Never allocates.
  void CostOverTwoWeights(int i, int j, const Eigen::VectorXd& base, const WeightBox& box, int n,
                          float* out);

  const RowMatrix& design() const { return design_; }
  const Eigen::VectorXd& labels() const { return labels_; }
  const MarginLossConfig& config() const { return config_; }

 private:
  double AddSample(int index, const Eigen::VectorXd& params, Eigen::VectorXd* gradient) const;

  RowMatrix design_;
  Eigen::VectorXd labels_;
  MarginLossConfig config_;
  Eigen::VectorXd penalty_mask_;
  Eigen::VectorXd grid_point_;  // the point a grid evaluates, reused
};

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_MARGIN_LOSS_OBJECTIVE_H_
