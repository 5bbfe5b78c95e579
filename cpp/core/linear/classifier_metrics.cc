#include "core/linear/classifier_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace descent {

double Accuracy(const RowMatrix& design, const Eigen::VectorXd& labels,
                const Eigen::VectorXd& weights) {
  if (design.rows() == 0) return 0;
  int correct = 0;
  for (Eigen::Index i = 0; i < design.rows(); ++i) {
    if (labels(i) * design.row(i).dot(weights) > 0) ++correct;
  }
  return static_cast<double>(correct) / static_cast<double>(design.rows());
}

void MisclassifiedIndices(const RowMatrix& design, const Eigen::VectorXd& labels,
                          const Eigen::VectorXd& weights, std::vector<int>* out) {
  out->clear();
  for (Eigen::Index i = 0; i < design.rows(); ++i) {
    if (labels(i) * design.row(i).dot(weights) <= 0) out->push_back(static_cast<int>(i));
  }
}

MarginInfo ComputeMargin(const RowMatrix& design, const Eigen::VectorXd& labels,
                         const Eigen::VectorXd& weights, int bias_index) {
  MarginInfo info;
  double norm_squared = weights.squaredNorm();
  if (bias_index >= 0 && bias_index < weights.size()) {
    norm_squared -= weights(bias_index) * weights(bias_index);
  }
  const double norm = std::sqrt(std::max(norm_squared, 0.0));
  if (!(norm > 0) || design.rows() == 0) return info;
  info.defined = true;
  info.closest_distance = std::numeric_limits<double>::infinity();
  info.signed_margin = std::numeric_limits<double>::infinity();
  for (Eigen::Index i = 0; i < design.rows(); ++i) {
    const double score = design.row(i).dot(weights) / norm;
    if (std::fabs(score) < info.closest_distance) {
      info.closest_distance = std::fabs(score);
      info.closest_index = static_cast<int>(i);
    }
    if (labels(i) * score < info.signed_margin) {
      info.signed_margin = labels(i) * score;
      info.signed_margin_index = static_cast<int>(i);
    }
  }
  return info;
}

}  // namespace descent
