// Surfaces with a constant Hessian: the bowl (the picture behind the η < 2/λmax stability
// limit), the saddle, Booth and Matyas.
#include <cmath>
#include <memory>
#include <vector>

#include "core/surfaces/surface_families.h"

namespace descent {
namespace {

// Own constant: M_PI is not standard C++ and not every toolchain defines it.
constexpr double kPi = 3.14159265358979323846;

// f(v) = ½ vᵀAv + bᵀv with constant A, so gradient and Hessian are exact by construction.
// The named surfaces below only choose A, b and the presentation.
class QuadraticSurface : public Surface {
 public:
  QuadraticSurface(const Eigen::Matrix2d& a, const Eigen::Vector2d& b, double c)
      : a_(a), b_(b), c_(c) {}

  double Value(double x, double y) const override {
    const Eigen::Vector2d v(x, y);
    return 0.5 * v.dot(a_ * v) + b_.dot(v) + c_;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    return a_ * Eigen::Vector2d(x, y) + b_;
  }
  Eigen::Matrix2d Hessian(double, double) const override { return a_; }

 private:
  Eigen::Matrix2d a_;
  Eigen::Vector2d b_;
  double c_;
};

// ½ vᵀ R diag(1, κ) Rᵀ v: eigenvalues exactly 1 and κ along axes rotated by the given angle,
// so the condition number and the learning-rate limit 2/κ can be read off the sliders.
class BowlSurface final : public QuadraticSurface {
 public:
  explicit BowlSurface(const SurfaceParams& params)
      : QuadraticSurface(BowlMatrix(params), Eigen::Vector2d::Zero(), 0) {}

  std::vector<Eigen::Vector2d> Minima() const override { return {Eigen::Vector2d::Zero()}; }
  Box ViewBox() const override { return {-3, 3, -3, 3}; }
  // Off both principal axes, so that a too-large η visibly zig-zags across the steep axis.
  Eigen::Vector2d StandardStart() const override { return {-2.5, 1.5}; }

 private:
  static Eigen::Matrix2d BowlMatrix(const SurfaceParams& params) {
    const double radians = params.rotation_degrees * kPi / 180.0;
    Eigen::Matrix2d rotation;
    rotation << std::cos(radians), -std::sin(radians), std::sin(radians), std::cos(radians);
    const Eigen::Matrix2d a = rotation *
                              Eigen::Vector2d(1.0, params.condition_number).asDiagonal() *
                              rotation.transpose();
    // Symmetrise so that round-off cannot leave a_(0,1) != a_(1,0).
    return 0.5 * (a + a.transpose());
  }
};

// x² − y²: a critical point that is not a minimum; descent creeps away along y.
class SaddleSurface final : public QuadraticSurface {
 public:
  SaddleSurface()
      : QuadraticSurface(Eigen::Vector2d(2, -2).asDiagonal(), Eigen::Vector2d::Zero(), 0) {}

  std::vector<Eigen::Vector2d> Minima() const override { return {}; }
  Box ViewBox() const override { return {-2, 2, -2, 2}; }
  // Almost on the ridge y = 0: the ball first rushes to the saddle, then slowly rolls off.
  Eigen::Vector2d StandardStart() const override { return {-1.8, 0.02}; }
};

// Booth: (x + 2y − 7)² + (2x + y − 5)² = ½ vᵀ[[10, 8], [8, 10]]v − (34, 38)·v + 74.
class BoothSurface final : public QuadraticSurface {
 public:
  BoothSurface() : QuadraticSurface(BoothMatrix(), Eigen::Vector2d(-34, -38), 74) {}

  std::vector<Eigen::Vector2d> Minima() const override { return {Eigen::Vector2d(1, 3)}; }
  Box ViewBox() const override { return {-10, 10, -10, 10}; }
  Eigen::Vector2d StandardStart() const override { return {-8, -6}; }

 private:
  static Eigen::Matrix2d BoothMatrix() {
    Eigen::Matrix2d a;
    a << 10, 8, 8, 10;
    return a;
  }
};

// Matyas: 0.26(x² + y²) − 0.48xy, a flat, narrow valley along y = x (condition number 25).
class MatyasSurface final : public QuadraticSurface {
 public:
  MatyasSurface() : QuadraticSurface(MatyasMatrix(), Eigen::Vector2d::Zero(), 0) {}

  std::vector<Eigen::Vector2d> Minima() const override { return {Eigen::Vector2d::Zero()}; }
  Box ViewBox() const override { return {-10, 10, -10, 10}; }
  Eigen::Vector2d StandardStart() const override { return {-8, 5}; }

 private:
  static Eigen::Matrix2d MatyasMatrix() {
    Eigen::Matrix2d a;
    a << 0.52, -0.48, -0.48, 0.52;
    return a;
  }
};

}  // namespace

std::unique_ptr<Surface> MakeBowlSurface(const SurfaceParams& params) {
  return std::make_unique<BowlSurface>(params);
}
std::unique_ptr<Surface> MakeSaddleSurface(const SurfaceParams&) {
  return std::make_unique<SaddleSurface>();
}
std::unique_ptr<Surface> MakeBoothSurface(const SurfaceParams&) {
  return std::make_unique<BoothSurface>();
}
std::unique_ptr<Surface> MakeMatyasSurface(const SurfaceParams&) {
  return std::make_unique<MatyasSurface>();
}

}  // namespace descent
