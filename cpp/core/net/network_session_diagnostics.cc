// NetworkSession's reads for the diagnostic views: the decision grid and thumbnails, one sample
// traced through the network (step-through), the gradient check and the loss landscape. The
// life cycle and training are in network_session.cc.
#include <cmath>

#include "core/message.h"
#include "core/net/network_session.h"

namespace descent {

std::string NetworkSession::Grid(int n, double x_min, double x_max, double y_min, double y_max,
                                 const std::vector<float>** neurons) {
  std::string message = NetworkGrid::Validate(*network_, n);
  if (message.empty()) message = CheckFinite(x_min, "xMin");
  if (message.empty()) message = CheckFinite(x_max, "xMax");
  if (message.empty()) message = CheckFinite(y_min, "yMin");
  if (message.empty()) message = CheckFinite(y_max, "yMax");
  if (message.empty() && (!(x_max > x_min) || !(y_max > y_min))) {
    message = "the grid box must have xMax > xMin and yMax > yMin";
  }
  if (!message.empty()) return message;
  // The page draws two resolutions per frame (heat map and thumbnails): two cached grids, so
  // neither is reallocated every frame.
  NetworkGrid* grid = nullptr;
  for (auto& slot : grids_) {
    if (slot && slot->resolution() == n) grid = slot.get();
  }
  if (grid == nullptr) {
    grids_[next_grid_] = std::make_unique<NetworkGrid>(network_.get(), n);
    grid = grids_[next_grid_].get();
    next_grid_ = 1 - next_grid_;
  }
  grid->Evaluate(params(), x_min, x_max, y_min, y_max);
  *neurons = &grid->neurons();
  return "";
}

std::string NetworkSession::Probe(int index, bool test, double* cost) {
  const Dataset& data = SplitData(test);
  if (data.size() == 0) return test ? "There are no test points" : "There are no points";
  std::string message = CheckRange(index, 0, data.size() - 1, "sample index");
  if (!message.empty()) return message;
  probe_->TraceSample(params(), test ? DataSplit::kTest : DataSplit::kTrain, index);
  probe_input_[0] = data.inputs(index, 0);
  probe_input_[1] = data.inputs(index, 1);
  for (int k = 0; k < data.target_dim(); ++k) probe_target_[k] = data.targets(index, k);
  *cost = probe_->cost();
  return "";
}

std::string NetworkSession::GradientCheck(double step, bool five_point,
                                          const std::vector<double>* indices,
                                          GradientCheckResult* result) {
  GradientCheckOptions options;
  options.step = step;
  options.five_point = five_point;
  std::string message = CheckRange(step, 1e-10, 1e-1, "step");
  if (!message.empty()) return message;
  if (indices != nullptr) {
    const int count = ParameterCount();
    const int length = static_cast<int>(indices->size());
    MessageBuilder refusal;
    if (length > count) {
      refusal << "indices has " << length << " entries, more than the " << count << " parameters";
      return refusal.str();
    }
    // An empty list means "all" to CheckGradient; here it would mean "none", which the
    // chunked caller never asks for, so say so instead of checking everything.
    if (length == 0) return "indices must name at least one parameter";
    for (int i = 0; i < length; ++i) {
      const double value = (*indices)[i];
      if (!std::isfinite(value) || value != std::floor(value) || value < 0 || value >= count) {
        refusal << "indices[" << i << "] must be a whole number from 0 to " << count - 1 << ", got "
                << value;
        return refusal.str();
      }
    }
    options.indices.assign(indices->begin(), indices->end());
  }
  *result = CheckGradient(network_.get(), params(), options);
  return "";
}

std::string NetworkSession::LandscapeBegin(int resolution, double radius, double seed) {
  std::string message = CheckFinite(radius, "radius");
  if (message.empty()) message = CheckRange(seed, 0, kMaxSeed, "seed");
  LandscapeConfig config;
  config.resolution = resolution;
  config.radius = radius;
  config.seed = message.empty() ? static_cast<uint64_t>(seed) : 0;
  if (message.empty()) message = ValidateLandscape(config);
  if (!message.empty()) return message;
  landscape_ = std::make_unique<LossLandscape>(network_.get(), params(),
                                               NetworkFilters(network_->layout()), config);
  landscape_radius_ = radius;
  return "";
}

std::string NetworkSession::RequireLandscape() const {
  return landscape_ ? "" : "Call landscapeBegin first";
}

std::string NetworkSession::LandscapeRows(int count, int* rows_done) {
  std::string message = RequireLandscape();
  if (message.empty()) message = CheckRange(count, 0, kMaxLandscapeResolution, "rows per call");
  if (!message.empty()) return message;
  landscape_->ComputeRows(landscape_->rows_done(), count);
  *rows_done = landscape_->rows_done();
  return "";
}

std::string NetworkSession::LandscapeValues(const std::vector<double>** costs) const {
  std::string message = RequireLandscape();
  if (message.empty()) *costs = &landscape_->costs();
  return message;
}

std::string NetworkSession::LandscapePath(const std::vector<double>** path) {
  std::string message = RequireLandscape();
  if (!message.empty()) return message;
  const History& trail = trainer_->path();
  landscape_path_.resize(2 * static_cast<size_t>(trail.size()));
  landscape_->ProjectPath(trail.values().data(), trail.size(), landscape_path_.data());
  *path = &landscape_path_;
  return "";
}

std::string NetworkSession::LandscapeProject(const std::vector<double>** point) {
  std::string message = RequireLandscape();
  if (!message.empty()) return message;
  const Eigen::Vector2d projected = landscape_->Project(params());
  landscape_point_.assign({projected[0], projected[1]});
  *point = &landscape_point_;
  return "";
}

}  // namespace descent
