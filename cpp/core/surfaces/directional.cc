#include "core/surfaces/directional.h"

#include <cmath>

#include "core/message.h"

namespace descent {

Eigen::Vector2d UnitDirection(double angle_radians) {
  return {std::cos(angle_radians), std::sin(angle_radians)};
}

double DirectionalDerivative(const Surface& surface, const Eigen::Vector2d& point,
                             double angle_radians) {
  return surface.Gradient(point.x(), point.y()).dot(UnitDirection(angle_radians));
}

double SteepestAscentAngle(const Surface& surface, const Eigen::Vector2d& point) {
  const Eigen::Vector2d gradient = surface.Gradient(point.x(), point.y());
  // By Cauchy–Schwarz ∇f·l <= ‖∇f‖ with equality when l points along ∇f. atan2(0, 0) is 0,
  // which is the documented answer at a critical point.
  return std::atan2(gradient.y(), gradient.x());
}

std::string ValidateSlice(double radius, int point_count) {
  MessageBuilder message;
  if (!std::isfinite(radius) || radius <= 0) {
    message << "Slice radius must be a positive number (got " << radius << ").";
  } else if (point_count < 2) {
    message << "A slice needs at least 2 points (got " << point_count << ").";
  }
  return message.str();
}

void SampleSlice(const Surface& surface, const Eigen::Vector2d& point, double angle_radians,
                 double radius, int point_count, float* out) {
  if (out == nullptr || !ValidateSlice(radius, point_count).empty()) return;
  const Eigen::Vector2d direction = UnitDirection(angle_radians);
  for (int i = 0; i < point_count; ++i) {
    const double rho = -radius + 2 * radius * i / (point_count - 1);
    const Eigen::Vector2d at = point + rho * direction;
    out[i] = static_cast<float>(surface.Value(at.x(), at.y()));
  }
}

}  // namespace descent
