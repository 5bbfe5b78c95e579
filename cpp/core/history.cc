#include "core/history.h"

#include <cstddef>

namespace descent {

History::History(int capacity, int width)
    // A capacity of 1 could never halve; 0 is allowed and means "record nothing".
    : capacity_(capacity <= 0 ? 0 : (capacity < 2 ? 2 : capacity)), width_(width < 0 ? 0 : width) {
  steps_.reserve(capacity_);
  values_.reserve(static_cast<std::size_t>(capacity_) * width_);
}

void History::Record(int t, const double* values) {
  if (capacity_ == 0) return;
  if (size_ == 0) first_step_ = t;
  if ((t - first_step_) % stride_ != 0) return;
  if (size_ == capacity_) {
    // Keep entries 0, 2, 4, ...: they are exactly the steps on the doubled stride.
    int kept = 0;
    for (int i = 0; i < size_; i += 2, ++kept) {
      steps_[kept] = steps_[i];
      for (int k = 0; k < width_; ++k) values_[kept * width_ + k] = values_[i * width_ + k];
    }
    size_ = kept;
    stride_ *= 2;
    // resize() down never frees, so the reserved storage stays ours.
    steps_.resize(size_);
    values_.resize(static_cast<std::size_t>(size_) * width_);
    if ((t - first_step_) % stride_ != 0) return;
  }
  // Within the reserved capacity: push_back does not allocate.
  steps_.push_back(t);
  values_.insert(values_.end(), values, values + width_);
  ++size_;
}

void History::Clear() {
  size_ = 0;
  stride_ = 1;
  first_step_ = 0;
  steps_.clear();
  values_.clear();
}

}  // namespace descent
