#include "core/linear/margin_loss_objective.h"

#include <cmath>

#include "core/linear/normal_equation.h"
#include "core/message.h"

namespace descent {

const char* MarginLossName(MarginLoss loss) {
  switch (loss) {
    case MarginLoss::kSquaredHinge:
      return "squared-hinge";
    case MarginLoss::kHinge:
      return "hinge";
    case MarginLoss::kLogistic:
      return "logistic";
  }
  return "squared-hinge";
}

const std::vector<std::string>& MarginLossNames() {
  static const std::vector<std::string> names = {MarginLossName(MarginLoss::kSquaredHinge),
                                                 MarginLossName(MarginLoss::kHinge),
                                                 MarginLossName(MarginLoss::kLogistic)};
  return names;
}

bool ParseMarginLoss(const std::string& name, MarginLoss* loss) {
  for (MarginLoss candidate :
       {MarginLoss::kSquaredHinge, MarginLoss::kHinge, MarginLoss::kLogistic}) {
    if (name == MarginLossName(candidate)) {
      *loss = candidate;
      return true;
    }
  }
  return false;
}

double MarginLossValue(MarginLoss loss, double margin) {
  switch (loss) {
    case MarginLoss::kSquaredHinge: {
      const double gap = margin < 1 ? 1 - margin : 0;
      return 0.5 * gap * gap;
    }
    case MarginLoss::kHinge:
      return margin < 1 ? 1 - margin : 0;
    case MarginLoss::kLogistic:
      // log(1 + e^{−m}) = max(−m, 0) + log1p(e^{−|m|}): the exponent is never positive.
      return (margin < 0 ? -margin : 0.0) + std::log1p(std::exp(-std::fabs(margin)));
  }
  return 0;
}

double MarginLossSlope(MarginLoss loss, double margin) {
  switch (loss) {
    case MarginLoss::kSquaredHinge:
      return margin < 1 ? margin - 1 : 0;
    case MarginLoss::kHinge:
      return margin < 1 ? -1 : 0;
    case MarginLoss::kLogistic: {
      // −σ(−m), with the exponential taken of a non-positive number.
      if (margin >= 0) {
        const double e = std::exp(-margin);
        return -e / (1 + e);
      }
      return -1 / (1 + std::exp(margin));
    }
  }
  return 0;
}

std::string MarginLossObjective::Validate(const RowMatrix& design, const Eigen::VectorXd& labels,
                                          const MarginLossConfig& config) {
  const std::string problem = ValidateLinearProblem(design, labels);
  if (!problem.empty()) return problem;
  for (Eigen::Index i = 0; i < labels.size(); ++i) {
    if (labels(i) != 1.0 && labels(i) != -1.0) {
      MessageBuilder message;
      message << "label of sample " << i + 1 << " is " << labels(i)
              << "; margin losses need labels −1 or +1";
      return message.str();
    }
  }
  if (!std::isfinite(config.lambda) || config.lambda < 0) {
    MessageBuilder message;
    message << "λ must be a finite number ≥ 0 (got " << config.lambda << ")";
    return message.str();
  }
  if (config.bias_index < -1 || config.bias_index >= design.cols()) {
    return "the bias index is outside the design matrix";
  }
  return "";
}

MarginLossObjective::MarginLossObjective(const RowMatrix& design, const Eigen::VectorXd& labels,
                                         const MarginLossConfig& config)
    : design_(design), labels_(labels), config_(config) {
  penalty_mask_ = Eigen::VectorXd::Ones(design_.cols());
  if (!config_.penalize_bias && config_.bias_index >= 0 && config_.bias_index < design_.cols()) {
    penalty_mask_(config_.bias_index) = 0;
  }
}

double MarginLossObjective::AddSample(int index, const Eigen::VectorXd& params,
                                      Eigen::VectorXd* gradient) const {
  const double y = labels_(index);
  const double margin = y * design_.row(index).dot(params);
  if (gradient != nullptr) {
    // ∂G(y Wᵀx)/∂W = G′(m) y x.
    const double slope = MarginLossSlope(config_.loss, margin);
    if (slope != 0) gradient->noalias() += (slope * y) * design_.row(index).transpose();
  }
  return MarginLossValue(config_.loss, margin);
}

double MarginLossObjective::Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                                     Eigen::VectorXd* gradient) {
  if (gradient != nullptr) gradient->setZero();
  double sum = 0;
  int count = 0;
  if (batch.empty()) {
    count = SampleCount();
    for (int i = 0; i < count; ++i) sum += AddSample(i, params, gradient);
  } else {
    count = static_cast<int>(batch.size());
    for (int index : batch) sum += AddSample(index, params, gradient);
  }
  const double m = count > 0 ? static_cast<double>(count) : 1.0;
  double penalty = 0;
  for (Eigen::Index k = 0; k < params.size(); ++k) {
    penalty += penalty_mask_(k) * params(k) * params(k);
  }
  if (gradient != nullptr) {
    *gradient /= m;
    gradient->array() += config_.lambda * penalty_mask_.array() * params.array();
  }
  return sum / m + 0.5 * config_.lambda * penalty;
}

std::string MarginLossObjective::ValidateGrid(int i, int j, const WeightBox& box, int n) const {
  return ValidateWeightGrid(ParameterCount(), i, j, box, n, kMaxMarginCostGrid);
}

void MarginLossObjective::CostOverTwoWeights(int i, int j, const Eigen::VectorXd& base,
                                             const WeightBox& box, int n, float* out) {
  if (!ValidateGrid(i, j, box, n).empty() || base.size() != ParameterCount()) return;
  static const std::vector<int> kAllSamples;
  grid_point_ = base;
  for (int row = 0; row < n; ++row) {
    grid_point_[j] = box.j_min + (box.j_max - box.j_min) * row / (n - 1);
    for (int col = 0; col < n; ++col) {
      grid_point_[i] = box.i_min + (box.i_max - box.i_min) * col / (n - 1);
      out[row * n + col] = static_cast<float>(Evaluate(grid_point_, kAllSamples, nullptr));
    }
  }
}

}  // namespace descent
