// A two-dimensional slice of the loss landscape (Li et al. 2018, "Visualizing the Loss
// Landscape of Neural Nets"): C(θ_c + α d1 + β d2) over (α, β) ∈ [−r, r]², with random
// directions d1, d2 scaled filter by filter so that the picture does not depend on the scale
// of each neuron's weights.
//
// Directions, in this order:
//   1. d1 and d2 are drawn from N(0, I) with Random(seed) (d1 entirely first, then d2).
//   2. Filter normalisation: for each filter (for a network, the incoming weights of one neuron,
//      a row of W^l) the direction's block is scaled to the norm of the same block of θ_c
//      (to norm 1 where θ_c's block is all zero, so the plane never collapses). Entries in no
//      filter — a network's biases — are set to 0, as in Li et al.
//   3. d2 ← d2 − (d1·d2 / d1·d1) d1 (Gram–Schmidt), so the two axes are orthogonal.
// Step 3 comes last on purpose: re-normalising the filters after it would undo the
// orthogonality. Random directions in many dimensions are nearly orthogonal already, so the
// filter norms of d2 move only slightly.
// With no filters given, the whole vector is one filter (analytic surfaces, linear models).
#ifndef DESCENT_CORE_DIAGNOSTICS_LANDSCAPE_H_
#define DESCENT_CORE_DIAGNOSTICS_LANDSCAPE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/eigen.h"
#include "core/net/network_layout.h"
#include "core/objective.h"

namespace descent {

// A block θ[offset, offset + length) normalised as one unit.
struct ParameterFilter {
  int offset = 0;
  int length = 0;
};

// One filter per row of each W^l; biases are in no filter.
std::vector<ParameterFilter> NetworkFilters(const NetworkLayout& layout);

struct LandscapeConfig {
  uint64_t seed = 1;
  int resolution = 41;     // N: grid points per axis, ends included
  double radius = 1.0;     // r
  std::vector<int> batch;  // samples passed to Objective::Evaluate; empty: all
};

constexpr int kMaxLandscapeResolution = 256;

// Empty when valid; otherwise a readable message.
std::string ValidateLandscape(const LandscapeConfig& config);

class LossLandscape {
 public:
  // `objective` must outlive this object; `center` has ParameterCount() entries; filters lie
  // inside θ and do not overlap; config is valid.
  LossLandscape(Objective* objective, const Eigen::VectorXd& center,
                const std::vector<ParameterFilter>& filters, const LandscapeConfig& config);

  const Eigen::VectorXd& center() const { return center_; }
  const Eigen::VectorXd& direction1() const { return direction1_; }
  const Eigen::VectorXd& direction2() const { return direction2_; }
  int resolution() const { return config_.resolution; }
  // α of column c and β of row r: −r + 2r·i/(N − 1).
  double Alpha(int col) const;
  double Beta(int row) const;

  // Computes grid rows [first_row, first_row + count) (clipped to the grid), so a UI can
  // spread the N² evaluations over frames. Returns the number of rows computed. Never
  // allocates.
  int ComputeRows(int first_row, int count);
  // Rows computed at least once; the slice is complete when it equals resolution().
  int rows_done() const { return rows_done_; }
  // N² costs, row-major: costs()[row · N + col] = C(θ_c + Alpha(col) d1 + Beta(row) d2);
  // NaN where not yet computed.
  const std::vector<double>& costs() const { return costs_; }
  double CostAt(double alpha, double beta);

  // Least-squares coordinates (α, β) of params − θ_c in span{d1, d2}.
  Eigen::Vector2d Project(const Eigen::VectorXd& params) const;
  // The same for `count` parameter vectors stored row-major (count × ParameterCount(), e.g. the
  // Trainer's path history); writes α_0, β_0, α_1, β_1, … into out (2 · count numbers).
  void ProjectPath(const double* path, int count, double* out) const;

 private:
  Objective* objective_;
  Eigen::VectorXd center_, direction1_, direction2_, point_;
  LandscapeConfig config_;
  std::vector<double> costs_;
  std::vector<bool> row_done_;
  int rows_done_ = 0;
  // Inverse of the 2×2 Gram matrix of (d1, d2), for projections.
  Eigen::Matrix2d gram_inverse_;
};

}  // namespace descent

#endif  // DESCENT_CORE_DIAGNOSTICS_LANDSCAPE_H_
