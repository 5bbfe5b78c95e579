// A fixed-capacity record of a long run: when full it keeps every other entry and halves its
// sampling rate, so a chart of any run length has at most `capacity` points and recording never
// allocates after construction.
//
// The stride is counted from the first step offered after construction or Clear() (t = 0 for a
// parameter path, t = 1 for a cost history), so entries are always first, first + stride, ...
// evenly spaced. The most recent step is therefore often not in the history: callers that want
// the current point read it from its owner (e.g. Trainer::params() and Trainer::cost()).
#ifndef DESCENT_CORE_HISTORY_H_
#define DESCENT_CORE_HISTORY_H_

#include <vector>

namespace descent {

class History {
 public:
  // `width` numbers per entry (e.g. 1 for a cost, 2 for a 2-D path point, L for per-layer norms).
  // A capacity of 1 is raised to 2 (it could not be halved); 0 records nothing (used when a
  // trainer does not record its path, so that no memory is reserved for it).
  History(int capacity, int width);
  // Offers the entry for step t (t increases by one per call). Kept only when t − first step
  // is a multiple of the current stride. `values` points to width() numbers.
  void Record(int t, const double* values);
  void Clear();
  int size() const { return size_; }
  int width() const { return width_; }
  int stride() const { return stride_; }
  int capacity() const { return capacity_; }
  // steps()[i] is the step of entry i; values()[i * width + k] its k-th number.
  const std::vector<double>& steps() const { return steps_; }
  const std::vector<double>& values() const { return values_; }

 private:
  int capacity_, width_, size_ = 0, stride_ = 1, first_step_ = 0;
  std::vector<double> steps_, values_;
};

}  // namespace descent

#endif  // DESCENT_CORE_HISTORY_H_
