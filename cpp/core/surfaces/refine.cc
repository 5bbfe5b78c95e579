#include "core/surfaces/surface_families.h"

namespace descent {

Eigen::Vector2d RefineCriticalPoint(const Surface& surface, const Eigen::Vector2d& guess) {
  // Newton converges quadratically from the published digits, so a handful of steps reach
  // round-off; the cap only guards against a singular or indefinite Hessian on the way.
  constexpr int kMaxIterations = 50;
  Eigen::Vector2d point = guess;
  Eigen::Vector2d best = guess;
  double best_norm = surface.Gradient(guess.x(), guess.y()).norm();
  for (int i = 0; i < kMaxIterations && best_norm > 0; ++i) {
    const Eigen::Vector2d gradient = surface.Gradient(point.x(), point.y());
    const Eigen::Matrix2d hessian = surface.Hessian(point.x(), point.y());
    const double determinant = hessian.determinant();
    if (determinant == 0) break;
    point -= hessian.inverse() * gradient;
    const double norm = surface.Gradient(point.x(), point.y()).norm();
    if (norm < best_norm) {
      best_norm = norm;
      best = point;
    }
  }
  return best;
}

}  // namespace descent
