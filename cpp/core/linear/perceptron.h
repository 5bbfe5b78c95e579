// Rosenblatt's perceptron (seed 004 §3.1) with labels y ∈ {−1, +1}: visit the samples in turn
// and, on a mistake, move W toward the sample. Stepped n visits at a time so the classification
// lab can animate it without crossing the wasm boundary per sample.
#ifndef DESCENT_CORE_LINEAR_PERCEPTRON_H_
#define DESCENT_CORE_LINEAR_PERCEPTRON_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/eigen.h"
#include "core/random.h"

namespace descent {

struct PerceptronConfig {
  double learning_rate = 1;  // η > 0; with W starting at 0 it only scales W, not the boundary
  int max_epochs = 1000;     // stop after this many epochs with mistakes (data not separable)
  bool shuffle = false;      // visit order reshuffled each epoch (seeded); else 0..n−1
  uint64_t seed = 1;
};

enum class PerceptronState {
  kRunning,
  kConverged,  // an entire epoch without a mistake: every sample has y Wᵀx > 0
  kMaxEpochs,  // gave up; the data are probably not linearly separable
};

// "running", "converged", "max-epochs".
const char* PerceptronStateName(PerceptronState state);

class Perceptron {
 public:
  // Empty when sizes agree, values are finite, labels are ±1, η > 0 and max_epochs ≥ 1.
  static std::string Validate(const RowMatrix& design, const Eigen::VectorXd& labels,
                              const PerceptronConfig& config);

  // `design` X (n × d, with a bias column for a boundary off the origin), labels ±1; copied.
  // `initial` has d entries (often zero).
  Perceptron(const RowMatrix& design, const Eigen::VectorXd& labels, const PerceptronConfig& config,
             const Eigen::VectorXd& initial);

  // Visits up to n samples. A visit to sample i is a mistake when y_i Wᵀx_i ≤ 0 — the seed's
  // strict "< 0" never fires from W = 0 (erratum 6) — and then W ← W + η y_i x_i. (The seed's
  // W + η(y − ŷ)x is the same step with η doubled, since y − ŷ = 2y on a mistake.) At the end
  // of an epoch with no mistake the run has converged and Step does nothing more. Returns the
  // number of visits made. Never allocates.
  int Step(int n);
  // Back to `initial` (or new weights), epoch 0, the first sample, fresh shuffle stream.
  void Reset();
  void Reset(const Eigen::VectorXd& initial);

  const Eigen::VectorXd& weights() const { return weights_; }
  PerceptronState state() const { return state_; }
  int epoch() const { return epoch_; }        // epochs completed
  int position() const { return position_; }  // visits made in the current epoch
  int mistakes_this_epoch() const { return mistakes_this_epoch_; }
  int total_updates() const { return total_updates_; }
  int last_sample() const { return last_sample_; }  // sample visited last, −1 before any
  bool last_was_mistake() const { return last_was_mistake_; }
  // Mistakes in each completed epoch; the last entry is 0 once converged.
  const std::vector<int>& mistakes_per_epoch() const { return mistakes_per_epoch_; }

 private:
  RowMatrix design_;
  Eigen::VectorXd labels_;
  PerceptronConfig config_;
  Eigen::VectorXd initial_, weights_;
  Random random_;
  std::vector<int> order_;
  std::vector<int> mistakes_per_epoch_;  // reserved to max_epochs: Step never allocates
  PerceptronState state_ = PerceptronState::kRunning;
  int epoch_ = 0, position_ = 0, mistakes_this_epoch_ = 0, total_updates_ = 0;
  int last_sample_ = -1;
  bool last_was_mistake_ = false;
};

}  // namespace descent

#endif  // DESCENT_CORE_LINEAR_PERCEPTRON_H_
