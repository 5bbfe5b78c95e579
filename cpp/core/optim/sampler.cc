#include "core/optim/sampler.h"

#include <climits>

#include "core/message.h"

namespace descent {

const std::vector<std::string>& SamplingNames() {
  // Never destroyed (no static-destruction-order trouble); immutable after first use.
  static const std::vector<std::string>* const names =
      new std::vector<std::string>{"full", "without-replacement", "with-replacement", "in-order"};
  return *names;
}

bool SamplingKindFromName(const std::string& name, SamplingKind* kind) {
  const std::vector<std::string>& names = SamplingNames();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) {
      *kind = static_cast<SamplingKind>(i);
      return true;
    }
  }
  return false;
}

std::string ValidateSampling(const SamplingConfig& config, int sample_count) {
  if (sample_count < 0) return "the number of samples cannot be negative";
  if (config.kind == SamplingKind::kFullBatch) return "";
  MessageBuilder message;
  if (config.batch_size < 1) {
    message << "batch size must be at least 1, got " << config.batch_size;
    return message.str();
  }
  // With no data (an analytic surface) the batch size has nothing to be compared with.
  if (sample_count > 0 && config.batch_size > sample_count) {
    message << "batch size must not exceed the number of samples (" << sample_count << "), got "
            << config.batch_size;
    return message.str();
  }
  return "";
}

Sampler::Sampler(const SamplingConfig& config, int sample_count, uint64_t seed)
    : config_(config), sample_count_(sample_count < 0 ? 0 : sample_count), random_(seed) {
  // An unvalidated batch size is clamped into [1, sample_count] rather than trusted.
  if (config_.batch_size < 1) config_.batch_size = 1;
  if (config_.batch_size > sample_count_) config_.batch_size = sample_count_;
  order_.resize(sample_count_);
  batch_.reserve(config_.batch_size);
  Reset(seed);
}

void Sampler::Reset(uint64_t seed) {
  random_ = Random(seed);
  cursor_ = 0;
  epoch_ = 0;
  drawn_in_epoch_ = 0;
  epoch_ended_ = false;
  batch_.clear();
  for (int i = 0; i < sample_count_; ++i) order_[i] = i;
  if (config_.kind == SamplingKind::kWithoutReplacement) random_.Shuffle(&order_);
}

int Sampler::BatchesLeftInEpoch() const {
  if (sample_count_ == 0) return INT_MAX;
  if (config_.kind == SamplingKind::kFullBatch) return 1;
  // Both kinds end the epoch with the batch that brings drawn_in_epoch_ to sample_count_
  // (without replacement and in order drawn_in_epoch_ is the cursor; the last batch is short).
  const int left = sample_count_ - drawn_in_epoch_;
  return (left + config_.batch_size - 1) / config_.batch_size;
}

const std::vector<int>& Sampler::NextBatch() {
  epoch_ended_ = false;
  batch_.clear();  // keeps its capacity: the push_backs below never allocate
  if (sample_count_ == 0) return batch_;
  switch (config_.kind) {
    case SamplingKind::kFullBatch:
      // Empty means "all samples"; every step is a whole pass over the data.
      ++epoch_;
      epoch_ended_ = true;
      return batch_;
    case SamplingKind::kWithReplacement:
      for (int i = 0; i < config_.batch_size; ++i)
        batch_.push_back(random_.UniformInt(sample_count_));
      drawn_in_epoch_ += config_.batch_size;
      if (drawn_in_epoch_ >= sample_count_) {
        drawn_in_epoch_ -= sample_count_;
        ++epoch_;
        epoch_ended_ = true;
      }
      return batch_;
    case SamplingKind::kWithoutReplacement:
    case SamplingKind::kInOrder:
      // The last batch of an epoch may be short, so that every epoch is exactly one pass:
      // each sample once, never split across two shuffles.
      while (static_cast<int>(batch_.size()) < config_.batch_size && cursor_ < sample_count_) {
        batch_.push_back(order_[cursor_++]);
      }
      drawn_in_epoch_ = cursor_;
      if (cursor_ == sample_count_) {
        cursor_ = 0;
        drawn_in_epoch_ = 0;
        ++epoch_;
        epoch_ended_ = true;
        if (config_.kind == SamplingKind::kWithoutReplacement) random_.Shuffle(&order_);
      }
      return batch_;
  }
  return batch_;
}

}  // namespace descent
