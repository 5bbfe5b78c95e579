#include "bindings/surface_handle.h"

#include "bindings/js_args.h"
#include "bindings/refusal.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
// 1024² floats = 4 MB: finer than any screen needs, small enough to never fail.
constexpr int kMaxGridSize = 1024;
}  // namespace

SurfaceHandle* SurfaceHandle::Create(const std::string& name, const val& options) {
  JsObjectReader in(options, "surface options");
  SurfaceParams params;
  in.Number("conditionNumber", &params.condition_number);
  in.Number("rotationDegrees", &params.rotation_degrees);
  if (Refused(in.error()) || Refused(ValidateSurface(name, params))) return nullptr;
  return new SurfaceHandle(name, MakeSurface(name, params));
}

SurfaceHandle::SurfaceHandle(const std::string& name, std::unique_ptr<Surface> surface)
    : name_(name),
      objective_(std::make_shared<SurfaceObjective>(std::move(surface))),
      gradient_(2),
      hessian_(4) {
  const Surface& s = objective_->surface();
  for (const Eigen::Vector2d& m : s.Minima()) {
    minima_.push_back(m.x());
    minima_.push_back(m.y());
  }
  const Box box = s.ViewBox();
  view_box_ = {box.x_min, box.x_max, box.y_min, box.y_max};
  const Eigen::Vector2d start = s.StandardStart();
  start_ = {start.x(), start.y()};
}

namespace {
bool RefusedPoint(double x, double y) {
  return Refused(CheckFinite(x, "x")) || Refused(CheckFinite(y, "y"));
}
}  // namespace

double SurfaceHandle::Value(double x, double y) const {
  if (RefusedPoint(x, y)) return 0;
  return objective_->surface().Value(x, y);
}

val SurfaceHandle::Gradient(double x, double y) {
  if (RefusedPoint(x, y)) return val::undefined();
  const Eigen::Vector2d g = objective_->surface().Gradient(x, y);
  gradient_[0] = g.x();
  gradient_[1] = g.y();
  return View(gradient_);
}

val SurfaceHandle::Hessian(double x, double y) {
  if (RefusedPoint(x, y)) return val::undefined();
  const Eigen::Matrix2d h = objective_->surface().Hessian(x, y);
  hessian_ = {h(0, 0), h(0, 1), h(1, 0), h(1, 1)};
  return View(hessian_);
}

val SurfaceHandle::Minima() const { return View(minima_); }
val SurfaceHandle::ViewBox() const { return View(view_box_); }
val SurfaceHandle::StandardStart() const { return View(start_); }

val SurfaceHandle::Grid(int n, double x_min, double x_max, double y_min, double y_max) {
  if (Refused(CheckRange(n, 2, kMaxGridSize, "grid size")) || Refused(CheckFinite(x_min, "xMin")) ||
      Refused(CheckFinite(x_max, "xMax")) || Refused(CheckFinite(y_min, "yMin")) ||
      Refused(CheckFinite(y_max, "yMax"))) {
    return val::undefined();
  }
  if (!(x_max > x_min) || !(y_max > y_min)) {
    Refused("the grid box must have xMax > xMin and yMax > yMin");
    return val::undefined();
  }
  if (grid_.size() != static_cast<size_t>(n) * n) grid_.assign(static_cast<size_t>(n) * n, 0.f);
  EvaluateGrid(objective_->surface(), Box{x_min, x_max, y_min, y_max}, n, grid_.data());
  return View(grid_);
}

TrainerHandle* SurfaceHandle::MakeTrainer(const val& options, double x, double y) {
  if (Refused(CheckFinite(x, "start x")) || Refused(CheckFinite(y, "start y"))) return nullptr;
  val start = val::array();
  start.call<void>("push", x);
  start.call<void>("push", y);
  return TrainerHandle::Create(objective_, options, start);
}

}  // namespace descent::bindings
