// Checks an Objective's analytic gradient against central finite differences (docs/architecture.md,
// habit 6; seed 001 explains the one-sided version and why it costs one evaluation per parameter).
//
//   numeric_i = (C(θ + h_i e_i) − C(θ − h_i e_i)) / (2 h_i),   h_i = step · max(1, |θ_i|)
//   relative error_i = |analytic_i − numeric_i| / max(|analytic_i| + |numeric_i|, floor)
//
// The step is scaled with |θ_i| so that θ_i ± h_i differs from θ_i by more than rounding for
// large parameters. The floor keeps parameters whose gradient is (near) zero on both sides from
// dividing by zero: below it the measure becomes an absolute error in units of the floor.
// Accuracy: the two-point difference with h = 1e-5 has truncation error ~h²·C''' ≈ 1e-10 and
// rounding error ~1e-16 · |C| / h ≈ 1e-11 (absolute), so components below ~1e-4 cannot reach a
// relative error of 1e-7 with it. The optional five-point stencil
//   numeric_i = (−C(θ + 2h) + 8C(θ + h) − 8C(θ − h) + C(θ − 2h)) / (12 h)
// has truncation error ~h⁴, so a larger step (1e-3) cuts the rounding error a hundredfold; the
// tests use it to hold every component to 1e-7. A relative error below ~1e-7 means the
// gradient is right; around 1e-2 or more means a bug (or a kink: ReLU at 0, |w| at 0).
#ifndef DESCENT_CORE_DIAGNOSTICS_GRADIENT_CHECK_H_
#define DESCENT_CORE_DIAGNOSTICS_GRADIENT_CHECK_H_

#include <vector>

#include "core/eigen.h"
#include "core/objective.h"

namespace descent {

struct GradientCheckOptions {
  double step = 1e-5;
  bool five_point = false;  // the fourth-order stencil above (twice the evaluations)
  double floor = 1e-10;
  std::vector<int> indices;  // parameters to check; empty: all of them
  std::vector<int> batch;    // samples passed to Evaluate; empty: all
};

struct GradientCheckEntry {
  int index = 0;
  double analytic = 0;
  double numeric = 0;
  double relative_error = 0;
};

struct GradientCheckResult {
  double max_relative_error = 0;
  double max_absolute_error = 0;
  int worst_index = -1;  // parameter with the largest relative error; -1 when none checked
  std::vector<GradientCheckEntry> entries;  // one per checked parameter, in check order
};

// Evaluates the analytic gradient once and the cost twice per checked parameter. `params` is
// not changed (a copy is perturbed). Cost: 2 (or 4) · (checked parameters) + 1 evaluations.
GradientCheckResult CheckGradient(Objective* objective, const Eigen::VectorXd& params,
                                  const GradientCheckOptions& options = GradientCheckOptions());

}  // namespace descent

#endif  // DESCENT_CORE_DIAGNOSTICS_GRADIENT_CHECK_H_
