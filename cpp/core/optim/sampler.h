// Chooses the samples of each step: full batch, mini-batches (seed 000 eq. 9–12, seed 004
// eq. 2.3) drawn without replacement (reshuffled every epoch), with replacement, or in order.
#ifndef DESCENT_CORE_OPTIM_SAMPLER_H_
#define DESCENT_CORE_OPTIM_SAMPLER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/random.h"

namespace descent {

enum class SamplingKind { kFullBatch, kWithoutReplacement, kWithReplacement, kInOrder };

struct SamplingConfig {
  SamplingKind kind = SamplingKind::kFullBatch;
  int batch_size = 10;  // ignored for kFullBatch; 1 is online learning
};

// "full", "without-replacement", "with-replacement", "in-order".
const std::vector<std::string>& SamplingNames();
bool SamplingKindFromName(const std::string& name, SamplingKind* kind);
// sample_count may be 0 (an analytic surface: every batch is empty).
std::string ValidateSampling(const SamplingConfig& config, int sample_count);

class Sampler {
 public:
  Sampler(const SamplingConfig& config, int sample_count, uint64_t seed);
  // The sample indices of the next step. Empty means "all samples" (full batch, or no data).
  // The reference stays valid until the next call. Never allocates after construction.
  // Without replacement and in order, the last batch of an epoch is short when batch_size does
  // not divide the sample count, so that every epoch is exactly one pass over the data (each
  // sample once); the order is reshuffled (without replacement) at the start of every epoch.
  // With replacement, an epoch ends once sample_count samples have been drawn in total.
  // A batch size outside [1, sample_count] (not validated) is clamped into it.
  const std::vector<int>& NextBatch();
  // Completed passes over the data (an epoch is sample_count samples drawn, for every kind; a
  // full-batch step is one epoch). Stays 0 when there is no data.
  int epoch() const { return epoch_; }
  // True when the batch just returned completed an epoch.
  bool epoch_ended() const { return epoch_ended_; }
  // How many more NextBatch calls complete the current epoch (the last of them ends it), so a
  // caller can run whole stretches up to an epoch boundary in one batched call. 1 for full
  // batch; INT_MAX (never) when there is no data.
  int BatchesLeftInEpoch() const;
  void Reset(uint64_t seed);

 private:
  SamplingConfig config_;
  int sample_count_;
  Random random_;
  std::vector<int> order_, batch_;
  int cursor_ = 0, epoch_ = 0, drawn_in_epoch_ = 0;
  bool epoch_ended_ = false;
};

}  // namespace descent

#endif  // DESCENT_CORE_OPTIM_SAMPLER_H_
