#include "core/linear/perceptron.h"

#include <cmath>

#include "core/linear/normal_equation.h"
#include "core/message.h"

namespace descent {

const char* PerceptronStateName(PerceptronState state) {
  switch (state) {
    case PerceptronState::kRunning:
      return "running";
    case PerceptronState::kConverged:
      return "converged";
    case PerceptronState::kMaxEpochs:
      return "max-epochs";
  }
  return "running";
}

std::string Perceptron::Validate(const RowMatrix& design, const Eigen::VectorXd& labels,
                                 const PerceptronConfig& config) {
  const std::string problem = ValidateLinearProblem(design, labels);
  if (!problem.empty()) return problem;
  MessageBuilder message;
  for (Eigen::Index i = 0; i < labels.size(); ++i) {
    if (labels(i) != 1.0 && labels(i) != -1.0) {
      message << "label of sample " << i + 1 << " is " << labels(i)
              << "; the perceptron needs labels −1 or +1";
      return message.str();
    }
  }
  if (!std::isfinite(config.learning_rate) || config.learning_rate <= 0) {
    message << "learning rate must be a finite number > 0 (got " << config.learning_rate << ")";
    return message.str();
  }
  if (config.max_epochs < 1) {
    message << "maximum number of epochs must be at least 1 (got " << config.max_epochs << ")";
    return message.str();
  }
  return "";
}

Perceptron::Perceptron(const RowMatrix& design, const Eigen::VectorXd& labels,
                       const PerceptronConfig& config, const Eigen::VectorXd& initial)
    : design_(design),
      labels_(labels),
      config_(config),
      initial_(initial),
      weights_(initial),
      random_(config.seed) {
  order_.resize(design_.rows());
  mistakes_per_epoch_.reserve(config_.max_epochs > 0 ? config_.max_epochs : 1);
  Reset();
}

void Perceptron::Reset(const Eigen::VectorXd& initial) {
  initial_ = initial;
  Reset();
}

void Perceptron::Reset() {
  weights_ = initial_;
  random_ = Random(config_.seed);
  for (size_t i = 0; i < order_.size(); ++i) order_[i] = static_cast<int>(i);
  if (config_.shuffle) random_.Shuffle(&order_);
  mistakes_per_epoch_.clear();
  state_ = order_.empty() ? PerceptronState::kConverged : PerceptronState::kRunning;
  epoch_ = position_ = mistakes_this_epoch_ = total_updates_ = 0;
  last_sample_ = -1;
  last_was_mistake_ = false;
}

int Perceptron::Step(int n) {
  const int count = static_cast<int>(order_.size());
  int visits = 0;
  while (visits < n && state_ == PerceptronState::kRunning) {
    const int i = order_[position_];
    const double y = labels_(i);
    last_sample_ = i;
    last_was_mistake_ = y * design_.row(i).dot(weights_) <= 0;  // ≤: erratum 6
    if (last_was_mistake_) {
      weights_.noalias() += (config_.learning_rate * y) * design_.row(i).transpose();
      ++mistakes_this_epoch_;
      ++total_updates_;
    }
    ++visits;
    if (++position_ < count) continue;

    // End of an epoch.
    ++epoch_;
    if (static_cast<int>(mistakes_per_epoch_.size()) < config_.max_epochs) {
      mistakes_per_epoch_.push_back(mistakes_this_epoch_);
    }
    if (mistakes_this_epoch_ == 0) {
      state_ = PerceptronState::kConverged;
    } else if (epoch_ >= config_.max_epochs) {
      state_ = PerceptronState::kMaxEpochs;
    }
    position_ = 0;
    mistakes_this_epoch_ = 0;
    if (config_.shuffle && state_ == PerceptronState::kRunning) random_.Shuffle(&order_);
  }
  return visits;
}

}  // namespace descent
