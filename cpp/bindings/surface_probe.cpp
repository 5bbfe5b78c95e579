#include "bindings/surface_probe.h"

#include <limits>

#include "bindings/js_args.h"
#include "bindings/refusal.h"
#include "core/message.h"
#include "core/surfaces/directional.h"
#include "core/surfaces/hessian_eigen.h"

namespace descent::bindings {

using emscripten::val;

namespace {
// A slice is a curve on screen: a few thousand points are more than any chart shows.
constexpr int kMaxSlicePoints = 4096;
bool RefusedPoint(double x, double y) {
  return Refused(CheckFinite(x, "x")) || Refused(CheckFinite(y, "y"));
}
}  // namespace

SurfaceProbe* SurfaceProbe::Create(SurfaceHandle* surface) {
  if (surface == nullptr) {
    Refused("the probe needs a surface");
    return nullptr;
  }
  return new SurfaceProbe(surface->objective());
}

SurfaceProbe::SurfaceProbe(std::shared_ptr<SurfaceObjective> objective)
    : objective_(std::move(objective)), eigen_(7, 0.0) {}

double SurfaceProbe::DirectionalDerivative(double x, double y, double angle) const {
  if (RefusedPoint(x, y) || Refused(CheckFinite(angle, "angle"))) return 0;
  return descent::DirectionalDerivative(objective_->surface(), Eigen::Vector2d(x, y), angle);
}

double SurfaceProbe::SteepestAscentAngle(double x, double y) const {
  if (RefusedPoint(x, y)) return 0;
  return descent::SteepestAscentAngle(objective_->surface(), Eigen::Vector2d(x, y));
}

val SurfaceProbe::Slice(double x, double y, double angle, double radius, int count) {
  if (RefusedPoint(x, y) || Refused(CheckFinite(angle, "angle")) ||
      Refused(CheckRange(count, 2, kMaxSlicePoints, "slice point count")) ||
      Refused(ValidateSlice(radius, count))) {
    return val::undefined();
  }
  if (slice_.size() != static_cast<size_t>(count)) slice_.assign(count, 0.f);
  SampleSlice(objective_->surface(), Eigen::Vector2d(x, y), angle, radius, count, slice_.data());
  return View(slice_);
}

val SurfaceProbe::HessianEigen(double x, double y) {
  if (RefusedPoint(x, y)) return val::undefined();
  const descent::HessianEigen e = HessianEigenAt(objective_->surface(), x, y);
  const StabilityLimit limit = StabilityLimitFor(e);
  eigen_[0] = e.values(0);
  eigen_[1] = e.values(1);
  eigen_[2] = e.vectors(0, 0);
  eigen_[3] = e.vectors(1, 0);
  eigen_[4] = e.vectors(0, 1);
  eigen_[5] = e.vectors(1, 1);
  eigen_[6] = limit.has_limit ? limit.max_learning_rate : std::numeric_limits<double>::infinity();
  return View(eigen_);
}

}  // namespace descent::bindings
