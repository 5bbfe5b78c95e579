#include "core/surfaces/hessian_eigen.h"

#include <limits>

namespace descent {

HessianEigen SymmetricEigen(const Eigen::Matrix2d& matrix) {
  // The iterative solver rather than computeDirect: at 2×2 it costs nothing, and it keeps
  // eigenvalues accurate to round-off even for the bowl's condition number of 1000.
  // Eigenvalues come back in ascending order.
  const Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d> solver(matrix);
  HessianEigen result;
  result.values = solver.eigenvalues();
  result.vectors = solver.eigenvectors();
  for (int i = 0; i < 2; ++i) {
    const double x = result.vectors(0, i);
    const double y = result.vectors(1, i);
    if (x < 0 || (x == 0 && y < 0)) result.vectors.col(i) *= -1;
  }
  return result;
}

HessianEigen HessianEigenAt(const Surface& surface, double x, double y) {
  return SymmetricEigen(surface.Hessian(x, y));
}

StabilityLimit StabilityLimitFor(const HessianEigen& eigen) {
  StabilityLimit limit;
  const double largest = eigen.values(1);
  if (largest > 0) {
    limit.has_limit = true;
    limit.max_learning_rate = 2 / largest;
  } else {
    limit.max_learning_rate = std::numeric_limits<double>::infinity();
  }
  return limit;
}

}  // namespace descent
