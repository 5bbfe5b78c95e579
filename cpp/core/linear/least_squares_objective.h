// The least-squares cost of seed 004 (eq. 1.3, with the ridge term of eq. 1.9) as an Objective,
// so the shared Trainer can run GD, SGD and mini-batch SGD on it, plus the exact cost valley
// over any two weights for the regression lab's contour view.
#ifndef DESCENT_CORE_LINEAR_LEAST_SQUARES_OBJECTIVE_H_
#define DESCENT_CORE_LINEAR_LEAST_SQUARES_OBJECTIVE_H_

#include <string>
#include <vector>

#include "core/eigen.h"
#include "core/linear/weight_box.h"
#include "core/objective.h"

namespace descent {

struct LeastSquaresConfig {
  double lambda = 0;          // ridge strength λ ≥ 0
  bool penalize_bias = true;  // seed 004 §1.6 penalises all of W; false spares w_bias
  int bias_index = 0;         // −1 when the design has no bias column
};

constexpr int kMaxCostGrid = 1024;

// C(W) = 1/(2n) Σ (y − Wᵀx)² + (λ/2) Σ_k p_k w_k², p_k = 0 only for an unpenalised bias.
// ∇C = (1/n) Xᵀ(XW − Y) + λ p∘W. A mini-batch B uses the mean over B in place of 1/n Σ.
class LeastSquaresObjective : public Objective {
 public:
  // Empty when the problem is well formed (see ValidateLinearProblem) and λ, bias index valid.
  static std::string Validate(const RowMatrix& design, const Eigen::VectorXd& targets,
                              const LeastSquaresConfig& config);

  // `design` is X (n × d, usually with a bias column, see WithBiasColumn); `targets` is Y.
  // Both are copied. Precomputes XᵀX/n, XᵀY/n and YᵀY/n (O(n d²) once).
  LeastSquaresObjective(const RowMatrix& design, const Eigen::VectorXd& targets,
                        const LeastSquaresConfig& config);

  int ParameterCount() const override { return static_cast<int>(design_.cols()); }
  int SampleCount() const override { return static_cast<int>(design_.rows()); }
  // Empty batch: the exact full cost from the quadratic form (no pass over the data) and the
  // full gradient. Otherwise the batch mean, one pass over the batch rows. Never allocates.
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                  Eigen::VectorXd* gradient) override;

  // The exact full cost and gradient from the precomputed moments, O(d²).
  double ExactCost(const Eigen::VectorXd& weights) const;
  void ExactGradient(const Eigen::VectorXd& weights, Eigen::VectorXd* gradient) const;

  // Empty when a grid over weights i and j with n × n points inside `box` can be computed.
  std::string ValidateGrid(int i, int j, const WeightBox& box, int n) const;
  // The exact cost over an n × n grid in which weight i runs over [i_min, i_max] (columns) and
  // weight j over [j_min, j_max] (rows), all other weights as in `base`. Row-major:
  // out[row * n + col] is the cost at w_i = i_min + col·Δi, w_j = j_min + row·Δj. Along the
  // plane C is a quadratic in (w_i, w_j), so after O(d²) setup each point costs O(1). Call
  // ValidateGrid first; an invalid request writes nothing. The float version feeds the view.
  void CostOverTwoWeights(int i, int j, const Eigen::VectorXd& base, const WeightBox& box, int n,
                          float* out) const;
  void CostOverTwoWeights(int i, int j, const Eigen::VectorXd& base, const WeightBox& box, int n,
                          double* out) const;

  const RowMatrix& design() const { return design_; }
  const Eigen::VectorXd& targets() const { return targets_; }
  const LeastSquaresConfig& config() const { return config_; }
  const Eigen::MatrixXd& gram() const { return gram_; }      // XᵀX/n
  const Eigen::VectorXd& moment() const { return moment_; }  // XᵀY/n
  double target_power() const { return target_power_; }      // YᵀY/n
  // Hessian H = XᵀX/n + λ diag(p): constant, so GD is stable for η < 2/λ_max(H).
  const Eigen::MatrixXd& hessian() const { return hessian_; }
  double HessianMaxEigenvalue() const;

 private:
  template <typename T>
  void FillGrid(int i, int j, const Eigen::VectorXd& base, const WeightBox& box, int n,
                T* out) const;

  RowMatrix design_;
  Eigen::VectorXd targets_;
  LeastSquaresConfig config_;
  Eigen::VectorXd penalty_mask_;  // p_k: 1, or 0 for an unpenalised bias
  Eigen::MatrixXd gram_, hessian_;
  Eigen::VectorXd moment_;
  double target_power_ = 0;
  // The quadratic form is stored around a reference point W_r (the minimiser when H is
  // invertible): C(W) = c_r + g_rᵀd + ½ dᵀHd with d = W − W_r. Expanding around 0 instead
  // (½WᵀHW − WᵀXᵀY/n + ½YᵀY/n) cancels catastrophically near the minimum, where the lab looks.
  Eigen::VectorXd reference_, reference_gradient_;
  double reference_cost_ = 0;
  // d-sized buffers (W − W_r and H·(W − W_r)) reused so that cost queries never allocate.
  mutable Eigen::VectorXd scratch_, product_;
};

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_LEAST_SQUARES_OBJECTIVE_H_
