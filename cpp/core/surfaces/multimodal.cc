// Surfaces with several minima, to show that descent finds a minimum, not the minimum:
// Rastrigin, the six-hump camel and two Gaussian wells in a shallow bowl.
#include <cmath>
#include <memory>
#include <vector>

#include "core/surfaces/surface_families.h"

namespace descent {
namespace {

constexpr double kPi = 3.14159265358979323846;

// 2A + x² + y² − A(cos 2πx + cos 2πy) with A = 10: a local minimum near every integer point.
class RastriginSurface final : public Surface {
 public:
  double Value(double x, double y) const override {
    return 2 * kA + x * x + y * y - kA * (std::cos(2 * kPi * x) + std::cos(2 * kPi * y));
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    return {2 * x + 2 * kPi * kA * std::sin(2 * kPi * x),
            2 * y + 2 * kPi * kA * std::sin(2 * kPi * y)};
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    const double curvature = 4 * kPi * kPi * kA;
    Eigen::Matrix2d h;
    h << 2 + curvature * std::cos(2 * kPi * x), 0, 0, 2 + curvature * std::cos(2 * kPi * y);
    return h;
  }
  // Only the global minimum is listed: there are about a hundred local ones in the box.
  std::vector<Eigen::Vector2d> Minima() const override { return {Eigen::Vector2d::Zero()}; }
  Box ViewBox() const override { return {-5.12, 5.12, -5.12, 5.12}; }
  // Descent from here stops in the local minimum near (2, 2), far from the global one.
  Eigen::Vector2d StandardStart() const override { return {2.4, 1.7}; }

 private:
  static constexpr double kA = 10;
};

// (4 − 2.1x² + x⁴/3)x² + xy + (4y² − 4)y². Symmetric under (x, y) → (−x, −y).
class SixHumpCamelSurface final : public Surface {
 public:
  SixHumpCamelSurface() {
    // Refined from the published 4-digit positions. Order: the two global minima
    // (f ≈ −1.0316), then the four local ones: two with f ≈ −0.2155, two with f ≈ 2.1043.
    const Eigen::Vector2d guesses[] = {{0.0898, -0.7126}, {-0.0898, 0.7126}, {1.7036, -0.7961},
                                       {-1.7036, 0.7961}, {1.6071, 0.5687},  {-1.6071, -0.5687}};
    for (const Eigen::Vector2d& guess : guesses) {
      minima_.push_back(RefineCriticalPoint(*this, guess));
    }
  }
  double Value(double x, double y) const override {
    const double x2 = x * x;
    const double y2 = y * y;
    return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (4 * y2 - 4) * y2;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    const double x2 = x * x;
    return {8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y * y * y};
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    const double x2 = x * x;
    Eigen::Matrix2d h;
    h << 8 - 25.2 * x2 + 10 * x2 * x2, 1, 1, -8 + 48 * y * y;
    return h;
  }
  // Global minima first (both with the same value), then the local ones (see constructor).
  std::vector<Eigen::Vector2d> Minima() const override { return minima_; }
  Box ViewBox() const override { return {-2, 2, -1, 1}; }
  // Descent from here ends in the local minimum near (−1.70, 0.80), not a global one.
  Eigen::Vector2d StandardStart() const override { return {-1.9, 0.9}; }

 private:
  std::vector<Eigen::Vector2d> minima_;
};

// 0.05‖v‖² − Σ aᵢ·exp(−‖v − cᵢ‖² / (2σᵢ²)): a shallow bowl (so that everything outside drains
// inwards) with a deep wide well (the global minimum) and a shallower narrow one (a local
// minimum), separated by a ridge about 0.8 higher than the local minimum. Checked numerically
// to have exactly these two minima in the view box.
class TwoGaussiansSurface final : public Surface {
 public:
  TwoGaussiansSurface() {
    minima_ = {RefineCriticalPoint(*this, Eigen::Vector2d(1.42, -0.96)),
               RefineCriticalPoint(*this, Eigen::Vector2d(-1.72, 1.34))};
  }
  double Value(double x, double y) const override {
    const Eigen::Vector2d v(x, y);
    double value = kBowl * v.squaredNorm();
    for (const Well& well : kWells) value -= WellHeight(well, v);
    return value;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    const Eigen::Vector2d v(x, y);
    Eigen::Vector2d gradient = 2 * kBowl * v;
    for (const Well& well : kWells) {
      const Eigen::Vector2d offset = v - Center(well);
      // −∇[a·exp(−‖d‖²/2σ²)] = a·exp(…)·d/σ².
      gradient += WellHeight(well, v) * offset / (well.width * well.width);
    }
    return gradient;
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    const Eigen::Vector2d v(x, y);
    Eigen::Matrix2d hessian = 2 * kBowl * Eigen::Matrix2d::Identity();
    for (const Well& well : kWells) {
      const Eigen::Vector2d offset = v - Center(well);
      const double variance = well.width * well.width;
      // −∇²g = g·(I/σ² − d dᵀ/σ⁴).
      hessian += WellHeight(well, v) * (Eigen::Matrix2d::Identity() / variance -
                                        offset * offset.transpose() / (variance * variance));
    }
    return hessian;
  }
  // Global (the deep well near (1.4, −1.0)) first, then the local one near (−1.7, 1.3).
  std::vector<Eigen::Vector2d> Minima() const override { return minima_; }
  Box ViewBox() const override { return {-4, 4, -4, 4}; }
  // Above the shallow well: descent settles in the local minimum and never sees the deep one.
  Eigen::Vector2d StandardStart() const override { return {-2.6, 2.2}; }

 private:
  struct Well {
    double depth, center_x, center_y, width;
  };
  static constexpr double kBowl = 0.05;
  static constexpr Well kWells[2] = {{2.0, 1.5, -1.0, 1.0}, {1.2, -1.8, 1.4, 0.7}};

  static Eigen::Vector2d Center(const Well& well) { return {well.center_x, well.center_y}; }
  static double WellHeight(const Well& well, const Eigen::Vector2d& v) {
    return well.depth * std::exp(-(v - Center(well)).squaredNorm() / (2 * well.width * well.width));
  }

  std::vector<Eigen::Vector2d> minima_;
};

}  // namespace

std::unique_ptr<Surface> MakeRastriginSurface(const SurfaceParams&) {
  return std::make_unique<RastriginSurface>();
}
std::unique_ptr<Surface> MakeSixHumpCamelSurface(const SurfaceParams&) {
  return std::make_unique<SixHumpCamelSurface>();
}
std::unique_ptr<Surface> MakeTwoGaussiansSurface(const SurfaceParams&) {
  return std::make_unique<TwoGaussiansSurface>();
}

}  // namespace descent
