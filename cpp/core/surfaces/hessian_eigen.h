// The Hessian's eigen-decomposition at a point: the curvatures along the principal axes, which
// set how large a learning rate gradient descent can take there (η < 2/λmax on a quadratic).
#ifndef DESCENT_CORE_SURFACES_HESSIAN_EIGEN_H_
#define DESCENT_CORE_SURFACES_HESSIAN_EIGEN_H_

#include "core/eigen.h"
#include "core/surfaces/surface.h"

namespace descent {

struct HessianEigen {
  // λmin, λmax (ascending).
  Eigen::Vector2d values = Eigen::Vector2d::Zero();
  // Unit eigenvectors as columns, column i belonging to values(i). Sign convention, so that the
  // drawn arrows do not flip between frames: the x component is >= 0, and the y component is
  // > 0 when the x component is 0.
  Eigen::Matrix2d vectors = Eigen::Matrix2d::Identity();
};

// Eigen-decomposition of a symmetric 2×2 matrix (only its lower triangle is read).
HessianEigen SymmetricEigen(const Eigen::Matrix2d& matrix);

// Eigen-decomposition of the surface's Hessian at (x, y).
HessianEigen HessianEigenAt(const Surface& surface, double x, double y);

// Largest stable learning rate of gradient descent on the quadratic model with these
// curvatures: descent converges for η < 2/λmax. When λmax <= 0 (a maximum, or a flat or
// downward-curving saddle direction only) no learning rate makes the step overshoot, so there
// is no limit.
struct StabilityLimit {
  bool has_limit = false;
  // 2/λmax when has_limit, otherwise +infinity.
  double max_learning_rate = 0;
};

StabilityLimit StabilityLimitFor(const HessianEigen& eigen);

}  // namespace descent

#endif  // DESCENT_CORE_SURFACES_HESSIAN_EIGEN_H_
