// NetworkHandle's reads for the diagnostic views: the decision grid and thumbnails, one sample
// traced through the network (step-through), the gradient check, and the loss landscape. The
// handle's life cycle, training and plain reads are in network_handle.cpp.
#include "bindings/network_handle.h"

#include <emscripten/val.h>

#include <cmath>

#include "bindings/js_args.h"
#include "core/diagnostics/gradient_check.h"

namespace descent::bindings {

using emscripten::val;

val NetworkHandle::Grid(int n, double x_min, double x_max, double y_min,
                        double y_max) {
  ThrowIfError(NetworkGrid::Validate(*network_, n));
  RequireFinite(x_min, "xMin");
  RequireFinite(x_max, "xMax");
  RequireFinite(y_min, "yMin");
  RequireFinite(y_max, "yMax");
  if (!(x_max > x_min) || !(y_max > y_min)) {
    ThrowError("the grid box must have xMax > xMin and yMax > yMin");
  }
  // The page draws two resolutions per frame (heat map and thumbnails): two
  // cached grids, so neither is reallocated every frame.
  NetworkGrid *grid = nullptr;
  for (auto &slot : grids_) {
    if (slot && slot->resolution() == n)
      grid = slot.get();
  }
  if (grid == nullptr) {
    grids_[next_grid_] = std::make_unique<NetworkGrid>(network_.get(), n);
    grid = grids_[next_grid_].get();
    next_grid_ = 1 - next_grid_;
  }
  grid->Evaluate(trainer_->params(), x_min, x_max, y_min, y_max);
  return View(grid->neurons());
}

double NetworkHandle::Probe(int index, bool test) {
  const Dataset &data = SplitData(test);
  if (data.size() == 0)
    ThrowError(test ? "There are no test points" : "There are no points");
  RequireRange(index, 0, data.size() - 1, "sample index");
  probe_->TraceSample(trainer_->params(),
                      test ? DataSplit::kTest : DataSplit::kTrain, index);
  probe_input_[0] = data.inputs(index, 0);
  probe_input_[1] = data.inputs(index, 1);
  for (int k = 0; k < data.target_dim(); ++k)
    probe_target_[k] = data.targets(index, k);
  return probe_->cost();
}

val NetworkHandle::ProbeZ() const { return View(probe_->z()); }
val NetworkHandle::ProbeA() const { return View(probe_->a()); }
val NetworkHandle::ProbeDelta() const { return View(probe_->delta()); }
val NetworkHandle::ProbeGradient() const { return View(probe_->gradient()); }
val NetworkHandle::ProbeInput() const { return View(probe_input_); }
val NetworkHandle::ProbeTarget() const { return View(probe_target_); }

val NetworkHandle::GradientCheck(const val &options) {
  JsObjectReader in(options, "gradient check options");
  GradientCheckOptions check;
  check.step = in.Number("step", check.step);
  check.five_point = in.Bool("fivePoint", check.five_point);
  in.ThrowIfAny();
  // A misspelt key (say `fivepoint`) would otherwise be ignored silently and the
  // check would run with settings the caller did not ask for.
  if (!options.isUndefined() && !options.isNull()) {
    const val keys = val::global("Object").call<val>("keys", options);
    const int key_count = keys["length"].as<int>();
    for (int i = 0; i < key_count; ++i) {
      const std::string key = keys[i].as<std::string>();
      if (key != "step" && key != "fivePoint" && key != "indices") {
        ThrowError("Unknown gradient check option '" + key +
                   "' (expected step, fivePoint, indices)");
      }
    }
  }
  RequireRange(check.step, 1e-10, 1e-1, "step");
  if (in.Has("indices")) {
    // Every entry is checked before the vector grows: a thrown JS Error skips
    // destructors, so nothing allocated may be live when it is thrown.
    const val indices = options["indices"];
    if (indices.isNull() || !val::global("Array").call<bool>("isArray", indices)) {
      ThrowError("indices must be an array of parameter indices");
    }
    const int length = indices["length"].as<int>();
    const int count = network_->ParameterCount();
    if (length > count) {
      ThrowError("indices has " + std::to_string(length) +
                 " entries, more than the " + std::to_string(count) +
                 " parameters");
    }
    for (int i = 0; i < length; ++i) {
      const val entry = indices[i];
      const double value = entry.isNumber() ? entry.as<double>() : NAN;
      if (!std::isfinite(value) || value != std::floor(value) || value < 0 ||
          value >= count) {
        ThrowError("indices[" + std::to_string(i) +
                   "] must be a whole number from 0 to " +
                   std::to_string(count - 1) + ", got " +
                   val::global("String")(entry).as<std::string>());
      }
    }
    // An empty list means "all" to the core; here it means "none", which the
    // chunked caller never asks for, so say so instead of checking everything.
    if (length == 0) ThrowError("indices must name at least one parameter");
    check.indices.reserve(length);
    for (int i = 0; i < length; ++i) check.indices.push_back(indices[i].as<int>());
  }
  const GradientCheckResult result =
      CheckGradient(network_.get(), trainer_->params(), check);
  std::vector<double> analytic, numeric, relative;
  for (const GradientCheckEntry &e : result.entries) {
    analytic.push_back(e.analytic);
    numeric.push_back(e.numeric);
    relative.push_back(e.relative_error);
  }
  val out = val::object();
  out.set("analytic", Copy(analytic));
  out.set("numeric", Copy(numeric));
  out.set("relativeError", Copy(relative));
  out.set("maxRelativeError", result.max_relative_error);
  out.set("maxAbsoluteError", result.max_absolute_error);
  out.set("worstIndex", result.worst_index);
  return out;
}

void NetworkHandle::LandscapeBegin(int resolution, double radius, double seed) {
  RequireFinite(radius, "radius");
  RequireRange(seed, 0, 9007199254740991.0, "seed");
  LandscapeConfig config;
  config.resolution = resolution;
  config.radius = radius;
  config.seed = static_cast<uint64_t>(seed);
  ThrowIfError(ValidateLandscape(config));
  landscape_ = std::make_unique<LossLandscape>(
      network_.get(), trainer_->params(), NetworkFilters(network_->layout()),
      config);
  landscape_radius_ = radius;
}

int NetworkHandle::LandscapeRows(int count) {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  RequireRange(count, 0, kMaxLandscapeResolution, "rows per call");
  landscape_->ComputeRows(landscape_->rows_done(), count);
  return landscape_->rows_done();
}

int NetworkHandle::LandscapeResolution() const {
  return landscape_ ? landscape_->resolution() : 0;
}

val NetworkHandle::LandscapeValues() const {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  return View(landscape_->costs());
}

val NetworkHandle::LandscapePath() {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  const History &path = trainer_->path();
  landscape_path_.resize(2 * static_cast<size_t>(path.size()));
  landscape_->ProjectPath(path.values().data(), path.size(),
                          landscape_path_.data());
  return View(landscape_path_);
}

val NetworkHandle::LandscapeProject() {
  if (!landscape_)
    ThrowError("Call landscapeBegin first");
  const Eigen::Vector2d point = landscape_->Project(trainer_->params());
  landscape_point_.assign({point[0], point[1]});
  return View(landscape_point_);
}

} // namespace descent::bindings
