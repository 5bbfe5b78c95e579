// The JS-facing linear classifier of the Classification lab (seed 004 §1.4, §2.2.2): a margin
// loss (squared hinge, hinge, logistic) on [1, x1, x2] with labels ±1, its cost valley over
// two weights, accuracy, misclassified points and margin, and trainers. Methods that check
// their arguments record a refusal (refusal.h) and return a neutral value.
#ifndef DESCENT_BINDINGS_CLASSIFIER_HANDLE_H_
#define DESCENT_BINDINGS_CLASSIFIER_HANDLE_H_

#include <emscripten/val.h>

#include <memory>
#include <string>
#include <vector>

#include "bindings/trainer_handle.h"
#include "core/linear/margin_loss_objective.h"

namespace descent::bindings {

class ClassifierHandle {
 public:
  // inputs: n·d numbers row-major; labels: n values −1 or +1. options: { loss: MarginLossNames(),
  // lambda ≥ 0 }. A bias column is put in front (w_0 the bias). nullptr when refused.
  static ClassifierHandle* Create(const emscripten::val& inputs, int input_dim,
                                  const emscripten::val& labels, const emscripten::val& options);

  int ParameterCount() const { return objective_->ParameterCount(); }
  int SampleCount() const { return objective_->SampleCount(); }
  std::string Loss() const { return MarginLossName(objective_->config().loss); }
  double Cost(const emscripten::val& weights);
  // n×n cost over weights i (columns) and j (rows) in box { iMin, iMax, jMin, jMax }, others as
  // in `base`: Float32Array view of a member buffer, row 0 at jMin; valid until the next call.
  emscripten::val CostGrid(int i, int j, const emscripten::val& base, const emscripten::val& box,
                           int n);
  double Accuracy(const emscripten::val& weights) const;
  // Indices of the samples with y Wᵀx ≤ 0 (a plain array, copy).
  emscripten::val Misclassified(const emscripten::val& weights) const;
  // { defined, signedMargin, signedMarginIndex, closestDistance, closestIndex } (copy).
  emscripten::val Margin(const emscripten::val& weights) const;
  TrainerHandle* MakeTrainer(const emscripten::val& options, const emscripten::val& initial);

 private:
  explicit ClassifierHandle(std::shared_ptr<MarginLossObjective> objective);
  std::string ReadWeights(const emscripten::val& weights, Eigen::VectorXd* out) const;
  std::shared_ptr<MarginLossObjective> objective_;
  std::vector<float> grid_;
};

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_CLASSIFIER_HANDLE_H_
