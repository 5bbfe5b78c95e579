// A small editable list of 2-D points the student places by clicking: add, remove by index or
// remove the one nearest a click. Edits happen at UI speed, so plain vectors are fine here.
#ifndef DESCENT_CORE_DATA_POINT_LIST_H_
#define DESCENT_CORE_DATA_POINT_LIST_H_

#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace descent {

constexpr int kMaxUserPoints = 1000;

class PointList {
 public:
  PointList() = default;

  // Empty when the point can be added; otherwise a readable message (full list, a coordinate
  // outside [−6, 6] or not finite, a label that is not finite).
  std::string ValidateAdd(double x, double y, double label) const;
  // Appends the point when ValidateAdd accepts it; returns whether it did. `label` is a class
  // (±1 for binary sets) or a regression target.
  bool Add(double x, double y, double label);
  // Removes point `index`; false (and no change) when out of range.
  bool RemoveAt(int index);
  // Index of the point nearest (x, y), or −1 when the list is empty.
  int NearestIndex(double x, double y) const;
  // Removes the point nearest (x, y) if it lies within `max_distance` (in data units); returns
  // the index it had, or −1 when none was close enough.
  int RemoveNearest(double x, double y, double max_distance);
  void Clear();

  int size() const { return static_cast<int>(labels_.size()); }
  double x(int i) const { return coordinates_[2 * i]; }
  double y(int i) const { return coordinates_[2 * i + 1]; }
  double label(int i) const { return labels_[i]; }
  // Flat [x0, y0, x1, y1, ...] for drawing.
  const std::vector<double>& coordinates() const { return coordinates_; }
  const std::vector<double>& labels() const { return labels_; }

  // inputs n × 2, targets n × 1 (the labels as given).
  Dataset ToDataset() const;

 private:
  std::vector<double> coordinates_;
  std::vector<double> labels_;
};

}  // namespace descent

#endif  // DESCENT_CORE_DATA_POINT_LIST_H_
