// The one place the core includes Eigen, so that build-wide Eigen settings (and, later, the
// wasm SIMD arrangement described in docs/architecture.md) live in a single header.
#ifndef DESCENT_CORE_EIGEN_H_
#define DESCENT_CORE_EIGEN_H_

#include <Eigen/Dense>

namespace descent {
// Row-major dynamic matrix: weight matrices cross the JS boundary as flat row-major arrays.
using RowMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
}  // namespace descent

#endif  // DESCENT_CORE_EIGEN_H_
