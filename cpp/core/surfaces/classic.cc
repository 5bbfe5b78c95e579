// The classic benchmark valleys: Rosenbrock, Beale, Himmelblau and McCormick.
#include <cmath>
#include <memory>
#include <vector>

#include "core/surfaces/surface_families.h"

namespace descent {
namespace {

constexpr double kPi = 3.14159265358979323846;

// (1 − x)² + 100(y − x²)²: a curved, flat-bottomed valley where plain descent crawls.
class RosenbrockSurface final : public Surface {
 public:
  double Value(double x, double y) const override {
    const double valley = y - x * x;
    return (1 - x) * (1 - x) + 100 * valley * valley;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    const double valley = y - x * x;
    return {-2 * (1 - x) - 400 * x * valley, 200 * valley};
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    Eigen::Matrix2d h;
    h << 2 - 400 * y + 1200 * x * x, -400 * x, -400 * x, 200;
    return h;
  }
  std::vector<Eigen::Vector2d> Minima() const override { return {Eigen::Vector2d(1, 1)}; }
  Box ViewBox() const override { return {-2, 2, -1, 3}; }
  Eigen::Vector2d StandardStart() const override { return {-1.5, 2}; }
};

// Σᵢ tᵢ² with tᵢ = cᵢ − x + x·yⁱ, i = 1, 2, 3 and c = (1.5, 2.25, 2.625).
class BealeSurface final : public Surface {
 public:
  double Value(double x, double y) const override {
    double sum = 0;
    for (int i = 1; i <= 3; ++i) {
      const double t = Term(i, x, y);
      sum += t * t;
    }
    return sum;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    Eigen::Vector2d g = Eigen::Vector2d::Zero();
    for (int i = 1; i <= 3; ++i) {
      const double t = Term(i, x, y);
      g += 2 * t * TermGradient(i, x, y);
    }
    return g;
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    // ∇²(t²) = 2(∇t ∇tᵀ + t ∇²t), with ∇²t = [[0, i·y^(i−1)], [i·y^(i−1), i(i−1)·x·y^(i−2)]].
    Eigen::Matrix2d h = Eigen::Matrix2d::Zero();
    for (int i = 1; i <= 3; ++i) {
      const double t = Term(i, x, y);
      const Eigen::Vector2d dt = TermGradient(i, x, y);
      Eigen::Matrix2d ddt;
      const double cross = i * std::pow(y, i - 1);
      const double yy = i >= 2 ? i * (i - 1) * x * std::pow(y, i - 2) : 0.0;
      ddt << 0, cross, cross, yy;
      h += 2 * (dt * dt.transpose() + t * ddt);
    }
    return h;
  }
  std::vector<Eigen::Vector2d> Minima() const override { return {Eigen::Vector2d(3, 0.5)}; }
  Box ViewBox() const override { return {-4.5, 4.5, -4.5, 4.5}; }
  // Descent reaches (3, 0.5) for η up to about 0.01, slowly, along a nearly flat valley floor.
  Eigen::Vector2d StandardStart() const override { return {1, 1.4}; }

 private:
  static double Constant(int i) { return i == 1 ? 1.5 : i == 2 ? 2.25 : 2.625; }
  static double Term(int i, double x, double y) { return Constant(i) - x + x * std::pow(y, i); }
  static Eigen::Vector2d TermGradient(int i, double x, double y) {
    return {std::pow(y, i) - 1, i * x * std::pow(y, i - 1)};
  }
};

// (x² + y − 11)² + (x + y² − 7)²: four minima of equal depth, so the start decides the end.
class HimmelblauSurface final : public Surface {
 public:
  HimmelblauSurface() {
    // (3, 2) is exact; the other three are roots of a quartic, refined from published digits.
    minima_ = {Eigen::Vector2d(3, 2),
               RefineCriticalPoint(*this, Eigen::Vector2d(-2.805118, 3.131312)),
               RefineCriticalPoint(*this, Eigen::Vector2d(-3.779310, -3.283186)),
               RefineCriticalPoint(*this, Eigen::Vector2d(3.584428, -1.848126))};
  }
  double Value(double x, double y) const override {
    const double a = x * x + y - 11;
    const double b = x + y * y - 7;
    return a * a + b * b;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    const double a = x * x + y - 11;
    const double b = x + y * y - 7;
    return {4 * x * a + 2 * b, 2 * a + 4 * y * b};
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    const double a = x * x + y - 11;
    const double b = x + y * y - 7;
    Eigen::Matrix2d h;
    h << 4 * a + 8 * x * x + 2, 4 * (x + y), 4 * (x + y), 4 * b + 8 * y * y + 2;
    return h;
  }
  // All four have f = 0; (3, 2) is listed first as "the" global minimum.
  std::vector<Eigen::Vector2d> Minima() const override { return minima_; }
  Box ViewBox() const override { return {-5, 5, -5, 5}; }
  // Near the local maximum at (−0.27, −0.92): a small move of the start picks a different
  // minimum (from here descent reaches (−2.81, 3.13)).
  Eigen::Vector2d StandardStart() const override { return {-0.5, -0.5}; }

 private:
  std::vector<Eigen::Vector2d> minima_;
};

// sin(x + y) + (x − y)² − 1.5x + 2.5y + 1. Setting ∇f = 0 gives x − y = 1 and
// cos(x + y) = −½; the Hessian is positive definite where sin(x + y) < 0, so the minima are
// x + y = s with s = −2π/3 + 2πk, i.e. (x, y) = ((s + 1)/2, (s − 1)/2), in closed form.
class McCormickSurface final : public Surface {
 public:
  double Value(double x, double y) const override {
    const double d = x - y;
    return std::sin(x + y) + d * d - 1.5 * x + 2.5 * y + 1;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    const double c = std::cos(x + y);
    const double d = x - y;
    return {c + 2 * d - 1.5, c - 2 * d + 2.5};
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    const double s = std::sin(x + y);
    Eigen::Matrix2d h;
    h << 2 - s, -2 - s, -2 - s, 2 - s;
    return h;
  }
  // Global (−0.547…, −1.547…) with f ≈ −1.9133, then the local one at (2.594…, 1.594…) with
  // f ≈ 1.2284, the only other minimum inside the view box.
  std::vector<Eigen::Vector2d> Minima() const override {
    return {MinimumAt(-2 * kPi / 3), MinimumAt(4 * kPi / 3)};
  }
  Box ViewBox() const override { return {-1.5, 4, -3, 4}; }
  Eigen::Vector2d StandardStart() const override { return {3.5, -2.5}; }

 private:
  static Eigen::Vector2d MinimumAt(double sum) { return {(sum + 1) / 2, (sum - 1) / 2}; }
};

}  // namespace

std::unique_ptr<Surface> MakeRosenbrockSurface(const SurfaceParams&) {
  return std::make_unique<RosenbrockSurface>();
}
std::unique_ptr<Surface> MakeBealeSurface(const SurfaceParams&) {
  return std::make_unique<BealeSurface>();
}
std::unique_ptr<Surface> MakeHimmelblauSurface(const SurfaceParams&) {
  return std::make_unique<HimmelblauSurface>();
}
std::unique_ptr<Surface> MakeMcCormickSurface(const SurfaceParams&) {
  return std::make_unique<McCormickSurface>();
}

}  // namespace descent
