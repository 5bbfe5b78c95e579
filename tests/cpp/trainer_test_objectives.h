// Small Objectives shared by the trainer tests: a data-free quadratic bowl and the seed's
// commute-time least squares (a cost with samples, for the sampling paths).
#ifndef DESCENT_TESTS_CPP_TRAINER_TEST_OBJECTIVES_H_
#define DESCENT_TESTS_CPP_TRAINER_TEST_OBJECTIVES_H_

#include <cmath>
#include <limits>
#include <vector>

#include "core/objective.h"
#include "core/optim/trainer.h"

namespace descent {
namespace trainer_test {

// C(θ) = ½θᵀAθ − bᵀθ with A = diag(1, 4): λmax = 4, so plain GD converges iff η < 0.5.
class QuadraticBowl : public Objective {
 public:
  QuadraticBowl() : a_(Eigen::Vector2d(1, 4).asDiagonal()), b_(1, -2), scratch_(2) {}
  int ParameterCount() const override { return 2; }
  int SampleCount() const override { return 0; }
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>&,
                  Eigen::VectorXd* gradient) override {
    scratch_.noalias() = a_ * params;  // noalias: no hidden temporary
    if (gradient != nullptr) *gradient = scratch_ - b_;
    return 0.5 * params.dot(scratch_) - b_.dot(params);
  }
  Eigen::Vector2d Minimum() const { return Eigen::Vector2d(1, -0.5); }

 private:
  Eigen::Matrix2d a_;
  Eigen::Vector2d b_;
  Eigen::VectorXd scratch_;
};

// The commute-time data of seed 004 §1.7: θ = [bias, distance, weekday], C = 1/(2n)Σ(y − θᵀx)².
class CommuteLeastSquares : public Objective {
 public:
  int ParameterCount() const override { return 3; }
  int SampleCount() const override { return 5; }
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                  Eigen::VectorXd* gradient) override {
    static constexpr double kDistance[5] = {2.7, 4.1, 1.0, 5.2, 2.8};
    static constexpr double kWeekday[5] = {1, 1, 0, 1, 0};
    static constexpr double kMinutes[5] = {25, 33, 15, 45, 22};
    const int count = batch.empty() ? 5 : static_cast<int>(batch.size());
    double cost = 0;
    if (gradient != nullptr) gradient->setZero();
    for (int k = 0; k < count; ++k) {
      const int i = batch.empty() ? k : batch[k];
      const double residual =
          params[0] + params[1] * kDistance[i] + params[2] * kWeekday[i] - kMinutes[i];
      cost += 0.5 * residual * residual / count;
      if (gradient != nullptr) {
        (*gradient)[0] += residual / count;
        (*gradient)[1] += residual * kDistance[i] / count;
        (*gradient)[2] += residual * kWeekday[i] / count;
      }
    }
    ++evaluations;
    return cost;
  }
  int evaluations = 0;
};

// Finite at first, then NaN once θ leaves [−10, 10]: a model whose arithmetic breaks down.
class NanOutside : public QuadraticBowl {
 public:
  double Evaluate(const Eigen::VectorXd& params, const std::vector<int>& batch,
                  Eigen::VectorXd* gradient) override {
    const double cost = QuadraticBowl::Evaluate(params, batch, gradient);
    return params.cwiseAbs().maxCoeff() > 10 ? std::numeric_limits<double>::quiet_NaN() : cost;
  }
};

inline Eigen::VectorXd Start2() { return Eigen::Vector2d(-3, 2); }

inline TrainerConfig GradientDescent(double rate) {
  TrainerConfig config;
  config.learning_rate = rate;
  return config;
}

}  // namespace trainer_test
}  // namespace descent

#endif  // DESCENT_TESTS_CPP_TRAINER_TEST_OBJECTIVES_H_
