// Checks an Objective's analytic gradient against finite differences (docs/architecture.md,
// habit 6; seed 001 explains the one-sided version and why it costs one evaluation per parameter)
// and judges each component, so that a correct gradient is never called wrong.
//
// Per parameter i, with h = step · max(1, |θ_i|) (large parameters need a larger step to move θ_i
// by more than rounding), the cost is evaluated at θ_i ± h and θ_i ± 2h:
//   D(h) = (C(θ + h) − C(θ − h)) / 2h       central, truncation error ~h²·C‴/6
//   D₄   = (4 D(h) − D(2h)) / 3             five-point, truncation error ~h⁴
// The numeric derivative is D₄ with `five_point`, else D(h). The judge compares
// |analytic − numeric| with what finite differences can resolve there:
//   rounding     ~ kCostRoundoff · |C| / h   (the cost itself is only known to ~1e-14 relative)
//   truncation   ~ |D₄ − D(h)|               (an estimate of D(h)'s error; bounds D₄'s as well)
// "right" when the difference is within 1e-7 relative or within a few times rounding +
// truncation (the absolute floor that keeps gradients of ~1e-9 from looking wrong);
// "suspicious" within 1e-4 relative or 100 times that; "wrong" beyond.
// A kink (ReLU input at 0, |w| of L1 at 0, a cross-entropy clamp) shows as second differences
// that do not scale like h²: C(θ ± 2h) − 2C(θ) ≠ 4 (C(θ ± h) − 2C(θ)). The check then retries
// with a step 64 times smaller (the kink may lie beside θ, not at it); if the kink is still
// inside the step, any value between the one-sided slopes is a valid (sub)gradient, and the
// component is reported as "kink" (not differentiable here), never as wrong when it lies there.
#ifndef DESCENT_CORE_DIAGNOSTICS_GRADIENT_CHECK_H_
#define DESCENT_CORE_DIAGNOSTICS_GRADIENT_CHECK_H_

#include <vector>

#include "core/eigen.h"
#include "core/objective.h"

namespace descent {

// The cost's relative rounding: a sum of many exp/log terms is known to ~50 ulp.
constexpr double kCostRoundoff = 1e-14;

struct GradientCheckOptions {
  double step = 1e-5;
  bool five_point = false;   // report the fourth-order D₄ rather than D(h)
  double floor = 1e-10;      // relative_error's denominator never falls below this
  std::vector<int> indices;  // parameters to check; empty: all of them
  std::vector<int> batch;    // samples passed to Evaluate; empty: all
};

enum class GradientVerdict { kRight, kSuspicious, kWrong, kKink };

// "right", "suspicious", "wrong", "kink".
const char* GradientVerdictName(GradientVerdict verdict);

struct GradientCheckEntry {
  int index = 0;
  double analytic = 0;
  double numeric = 0;
  double relative_error = 0;  // |a − n| / max(|a| + |n|, floor)
  double resolution = 0;      // the absolute difference finite differences cannot resolve here
  double step = 0;            // the h used (smaller than the first one after a kink retry)
  GradientVerdict verdict = GradientVerdict::kRight;
};

struct GradientCheckResult {
  double max_relative_error = 0;  // over every checked component, kinks included
  double max_absolute_error = 0;
  int worst_index = -1;  // parameter with the largest relative error; -1 when none checked
  int evaluations = 0;   // cost evaluations made (the analytic gradient's pass counts as one)
  int counts[4] = {0, 0, 0, 0};             // entries per GradientVerdict
  std::vector<GradientCheckEntry> entries;  // one per checked parameter, in check order
  int Count(GradientVerdict verdict) const { return counts[static_cast<int>(verdict)]; }
};

// Evaluates the analytic gradient (with the cost) once and the cost four times per checked
// parameter, four more for a parameter whose step straddles a kink. `params` is not changed (a
// copy is perturbed).
GradientCheckResult CheckGradient(Objective* objective, const Eigen::VectorXd& params,
                                  const GradientCheckOptions& options = GradientCheckOptions());

}  // namespace descent

#endif  // DESCENT_CORE_DIAGNOSTICS_GRADIENT_CHECK_H_
