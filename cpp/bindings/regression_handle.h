// The JS-facing linear regression model of the Regression lab (seed 004 ch. 1–2): the
// least-squares objective on [1, x...], its closed form (normal equation / ridge), the exact
// cost valley over any two weights, and trainers that run GD, SGD and mini-batch SGD on it.
// Methods that check their arguments record a refusal (refusal.h) and return a neutral value.
#ifndef DESCENT_BINDINGS_REGRESSION_HANDLE_H_
#define DESCENT_BINDINGS_REGRESSION_HANDLE_H_

#include <emscripten/val.h>

#include <memory>
#include <vector>

#include "bindings/trainer_handle.h"
#include "core/linear/least_squares_objective.h"

namespace descent::bindings {

class RegressionHandle {
 public:
  // inputs: n·d numbers, row-major (sample i, input k at i·d + k); targets: n numbers.
  // options: { lambda (≥ 0, default 0), penalizeBias (default true) }. A bias column of ones is
  // put in front, so the model has d + 1 weights, w_0 the bias. nullptr when refused.
  static RegressionHandle* Create(const emscripten::val& inputs, int input_dim,
                                  const emscripten::val& targets, const emscripten::val& options);

  int ParameterCount() const { return objective_->ParameterCount(); }
  int SampleCount() const { return objective_->SampleCount(); }
  double Lambda() const { return objective_->config().lambda; }

  // { ok, message, weights: number[] (copy), rank } for this model's λ (the normal equation
  // when λ = 0); a singular XᵀX is no refusal: ok is false and message says why.
  emscripten::val Solve() const;
  // The same for another λ ≥ 0 (the ridge slider), without rebuilding the model.
  emscripten::val SolveRidge(double lambda) const;
  // The exact full cost C(W) (ridge term included).
  double Cost(const emscripten::val& weights) const;
  // n×n exact cost over weights i (columns, x axis) and j (rows, y axis) in the box, the others
  // as in `base`. Float32Array view of a member buffer, row 0 at jMin; valid until the next
  // call.
  emscripten::val CostGrid(int i, int j, const emscripten::val& base, const emscripten::val& box,
                           int n);
  // Largest eigenvalue of the (constant) Hessian: GD is stable for η < 2/λ_max.
  double HessianMaxEigenvalue() const { return objective_->HessianMaxEigenvalue(); }
  // A trainer (see trainer_options.h) from `initial` (d + 1 numbers); nullptr when refused.
  TrainerHandle* MakeTrainer(const emscripten::val& options, const emscripten::val& initial);

 private:
  explicit RegressionHandle(std::shared_ptr<LeastSquaresObjective> objective);
  std::shared_ptr<LeastSquaresObjective> objective_;  // shared with trainers
  std::vector<float> grid_;
};

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_REGRESSION_HANDLE_H_
