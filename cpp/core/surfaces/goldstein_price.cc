// Goldstein–Price: f = A·B with
//   A = 1 + p²q,  p = x + y + 1,  q = 19 − 14x + 3x² − 14y + 6xy + 3y²,
//   B = 30 + r²s, r = 2x − 3y,    s = 18 − 32x + 12x² + 48y − 36xy + 27y².
// Values span 3 to about 10⁶ over the view box, which is why it is usually drawn in log scale.
#include <memory>
#include <vector>

#include "core/surfaces/surface_families.h"

namespace descent {
namespace {

// Value, gradient and Hessian of one factor at one point; the product rule below combines two.
struct Jet {
  double value;
  Eigen::Vector2d gradient;
  Eigen::Matrix2d hessian;
};

// 1 + p²q. Since ∂p = (1, 1) and ∇²q = 6·[[1, 1], [1, 1]], the derivatives stay short.
Jet FactorA(double x, double y) {
  const double p = x + y + 1;
  const double q = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y;
  const double dq = -14 + 6 * x + 6 * y;  // ∂q/∂x and ∂q/∂y coincide.
  Jet a;
  a.value = 1 + p * p * q;
  const double d = 2 * p * q + p * p * dq;
  a.gradient << d, d;
  const double dd = 2 * q + 4 * p * dq + 6 * p * p;
  a.hessian << dd, dd, dd, dd;
  return a;
}

// 30 + r²s with ∇r = (2, −3) and ∇²s = [[24, −36], [−36, 54]].
Jet FactorB(double x, double y) {
  const double r = 2 * x - 3 * y;
  const double s = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y;
  const Eigen::Vector2d dr(2, -3);
  const Eigen::Vector2d ds(-32 + 24 * x - 36 * y, 48 - 36 * x + 54 * y);
  Eigen::Matrix2d dds;
  dds << 24, -36, -36, 54;
  Jet b;
  b.value = 30 + r * r * s;
  b.gradient = 2 * r * s * dr + r * r * ds;
  // ∇²(r²s) = 2s ∇r∇rᵀ + 2r(∇r∇sᵀ + ∇s∇rᵀ) + r²∇²s (∇²r = 0).
  b.hessian = 2 * s * dr * dr.transpose() + 2 * r * (dr * ds.transpose() + ds * dr.transpose()) +
              r * r * dds;
  return b;
}

class GoldsteinPriceSurface final : public Surface {
 public:
  GoldsteinPriceSurface() {
    // (0, −1) with f = 3 is exact. The three local minima (f = 30, 84, 840) are refined from
    // their published positions, and listed in order of increasing value.
    minima_ = {Eigen::Vector2d(0, -1), RefineCriticalPoint(*this, Eigen::Vector2d(-0.6, -0.4)),
               RefineCriticalPoint(*this, Eigen::Vector2d(1.8, 0.2)),
               RefineCriticalPoint(*this, Eigen::Vector2d(1.2, 0.8))};
  }
  double Value(double x, double y) const override {
    return FactorA(x, y).value * FactorB(x, y).value;
  }
  Eigen::Vector2d Gradient(double x, double y) const override {
    const Jet a = FactorA(x, y);
    const Jet b = FactorB(x, y);
    return a.gradient * b.value + a.value * b.gradient;
  }
  Eigen::Matrix2d Hessian(double x, double y) const override {
    const Jet a = FactorA(x, y);
    const Jet b = FactorB(x, y);
    Eigen::Matrix2d h = a.hessian * b.value + a.gradient * b.gradient.transpose() +
                        b.gradient * a.gradient.transpose() + a.value * b.hessian;
    // The two off-diagonal sums round differently; make the Hessian exactly symmetric.
    h(0, 1) = h(1, 0) = 0.5 * (h(0, 1) + h(1, 0));
    return h;
  }
  std::vector<Eigen::Vector2d> Minima() const override { return minima_; }
  Box ViewBox() const override { return {-2, 2, -2, 2}; }
  // Descent (η from 1e-5 to 1e-4) ends in the f = 30 local minimum at (−0.6, −0.4), although
  // the global minimum is about as close.
  Eigen::Vector2d StandardStart() const override { return {0.5, 0.5}; }

 private:
  std::vector<Eigen::Vector2d> minima_;
};

}  // namespace

std::unique_ptr<Surface> MakeGoldsteinPriceSurface(const SurfaceParams&) {
  return std::make_unique<GoldsteinPriceSurface>();
}

}  // namespace descent
