// How good a linear boundary Wᵀx = 0 is on ±1-labelled data: accuracy, which points it gets
// wrong, and its margin — what the classification lab prints beside the plot.
#ifndef DESCENT_CORE_LINEAR_CLASSIFIER_METRICS_H_
#define DESCENT_CORE_LINEAR_CLASSIFIER_METRICS_H_

#include <vector>

#include "core/eigen.h"

namespace descent {

// A sample counts as correct when y Wᵀx > 0. A point exactly on the boundary is wrong, which
// matches the perceptron's mistake test (y Wᵀx ≤ 0).
double Accuracy(const RowMatrix& design, const Eigen::VectorXd& labels,
                const Eigen::VectorXd& weights);

// Indices of the samples with y Wᵀx ≤ 0, in increasing order. `out` is cleared first.
void MisclassifiedIndices(const RowMatrix& design, const Eigen::VectorXd& labels,
                          const Eigen::VectorXd& weights, std::vector<int>* out);

struct MarginInfo {
  // False when the weights other than the bias are all zero: there is no boundary line.
  bool defined = false;
  // Euclidean distance, in input units, from the boundary to the closest sample.
  double closest_distance = 0;
  int closest_index = -1;
  // min_i y_i Wᵀx_i / ‖w‖ (bias excluded from ‖w‖): the geometric margin, positive exactly when
  // every sample is on its correct side; negative = how far the worst mistake is over the line.
  double signed_margin = 0;
  int signed_margin_index = -1;
};

// `bias_index` names the bias weight (−1 when there is none), whose column does not count
// towards distances: for x = [1, x1, x2] the boundary is the line w0 + w1 x1 + w2 x2 = 0.
MarginInfo ComputeMargin(const RowMatrix& design, const Eigen::VectorXd& labels,
                         const Eigen::VectorXd& weights, int bias_index = 0);

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_CLASSIFIER_METRICS_H_
