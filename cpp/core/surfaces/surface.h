// Two-dimensional test surfaces f(x, y) for the Valley lab (seed 000: the ball in the valley).
#ifndef DESCENT_CORE_SURFACES_SURFACE_H_
#define DESCENT_CORE_SURFACES_SURFACE_H_

#include <memory>
#include <string>
#include <vector>

#include "core/eigen.h"

namespace descent {

// A rectangle of the (x, y) plane: the part of a surface worth looking at.
struct Box {
  double x_min = -1, x_max = 1, y_min = -1, y_max = 1;
};

class Surface {
 public:
  virtual ~Surface() = default;
  virtual double Value(double x, double y) const = 0;
  // Analytic ∇f = (∂f/∂x, ∂f/∂y).
  virtual Eigen::Vector2d Gradient(double x, double y) const = 0;
  // Analytic Hessian [[f_xx, f_xy], [f_xy, f_yy]].
  virtual Eigen::Matrix2d Hessian(double x, double y) const = 0;
  // Known minima, global first (empty for a surface with none, such as the saddle).
  virtual std::vector<Eigen::Vector2d> Minima() const = 0;
  // The view box in which the interesting part of the surface lies.
  virtual Box ViewBox() const = 0;
  // A start point from which descent is instructive (used by tests and presets).
  virtual Eigen::Vector2d StandardStart() const = 0;
};

// Shape parameters; only the quadratic bowl uses them.
struct SurfaceParams {
  double condition_number = 10;  // λmax / λmin of the bowl's Hessian, >= 1
  double rotation_degrees = 30;  // rotation of the bowl's principal axes
};

// Names accepted by MakeSurface, in display order: bowl, rosenbrock, beale, himmelblau, saddle,
// booth, matyas, rastrigin, goldstein-price, six-hump-camel, mccormick, two-gaussians.
// Minima() lists, global first: bowl (0,0); rosenbrock (1,1); beale (3,0.5); himmelblau all four
// (value 0, (3,2) first); saddle none; booth (1,3); matyas (0,0); rastrigin only (0,0);
// goldstein-price (0,−1) then the local minima with f = 30, 84, 840; six-hump-camel the two global
// minima, then the four local ones; mccormick the global one, then the local one in the box
// (closed form); two-gaussians the deep well, then the shallow one. Non-closed-form minima are
// refined by Newton's method at construction, to round-off.
const std::vector<std::string>& SurfaceNames();

// Returns an empty string when (name, params) is valid, otherwise a message a student can read.
// The params are checked for every name (condition_number finite in [1, 1000], rotation finite),
// although only the bowl uses them.
std::string ValidateSurface(const std::string& name, const SurfaceParams& params);

// Makes a surface by name; returns nullptr when ValidateSurface would complain.
std::unique_ptr<Surface> MakeSurface(const std::string& name, const SurfaceParams& params);

// Fills out[row * n + col] with f at x = x_min + col·(x_max−x_min)/(n−1),
// y = y_min + row·(y_max−y_min)/(n−1) (row 0 is y_min). `out` holds n·n floats; n >= 2.
// Writes nothing when n < 2 or out is null.
void EvaluateGrid(const Surface& surface, const Box& box, int n, float* out);

}  // namespace descent

#endif  // DESCENT_CORE_SURFACES_SURFACE_H_
