#include "core/data/point_list.h"

#include <cmath>
#include <limits>
#include "core/message.h"

#include "core/data/generators_2d.h"

namespace descent {

std::string PointList::ValidateAdd(double x, double y, double label) const {
  MessageBuilder message;
  if (size() >= kMaxUserPoints) {
    message << "the list is full: at most " << kMaxUserPoints << " points";
  } else if (!std::isfinite(x) || !std::isfinite(y) || std::fabs(x) > kPlaygroundExtent ||
             std::fabs(y) > kPlaygroundExtent) {
    message << "point (" << x << ", " << y << ") lies outside the box [-" << kPlaygroundExtent
            << ", " << kPlaygroundExtent << "]²";
  } else if (!std::isfinite(label)) {
    message << "label must be a finite number";
  }
  return message.str();
}

bool PointList::Add(double x, double y, double label) {
  if (!ValidateAdd(x, y, label).empty()) return false;
  coordinates_.push_back(x);
  coordinates_.push_back(y);
  labels_.push_back(label);
  return true;
}

bool PointList::RemoveAt(int index) {
  if (index < 0 || index >= size()) return false;
  coordinates_.erase(coordinates_.begin() + 2 * index, coordinates_.begin() + 2 * index + 2);
  labels_.erase(labels_.begin() + index);
  return true;
}

int PointList::NearestIndex(double x, double y) const {
  int best = -1;
  double best_distance = std::numeric_limits<double>::infinity();
  for (int i = 0; i < size(); ++i) {
    const double distance = std::hypot(this->x(i) - x, this->y(i) - y);
    if (distance < best_distance) {
      best_distance = distance;
      best = i;
    }
  }
  return best;
}

int PointList::RemoveNearest(double x, double y, double max_distance) {
  const int index = NearestIndex(x, y);
  if (index < 0) return -1;
  if (!(std::hypot(this->x(index) - x, this->y(index) - y) <= max_distance)) return -1;
  RemoveAt(index);
  return index;
}

void PointList::Clear() {
  coordinates_.clear();
  labels_.clear();
}

Dataset PointList::ToDataset() const {
  Dataset data;
  data.inputs.resize(size(), 2);
  data.targets.resize(size(), 1);
  for (int i = 0; i < size(); ++i) {
    data.inputs(i, 0) = x(i);
    data.inputs(i, 1) = y(i);
    data.targets(i, 0) = labels_[i];
  }
  return data;
}

}  // namespace descent
