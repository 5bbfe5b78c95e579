#include "core/diagnostics/landscape.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/message.h"
#include "core/random.h"

namespace descent {

namespace {

// Scales each filter of `direction` to the norm of the same block of `center` and zeroes the
// entries in no filter.
void NormalizeFilters(const std::vector<ParameterFilter>& filters, const Eigen::VectorXd& center,
                      Eigen::VectorXd* direction) {
  Eigen::VectorXd normalized = Eigen::VectorXd::Zero(direction->size());
  for (const ParameterFilter& filter : filters) {
    const auto block = direction->segment(filter.offset, filter.length);
    const double norm = block.norm();
    if (norm == 0) continue;
    const double target = center.segment(filter.offset, filter.length).norm();
    normalized.segment(filter.offset, filter.length) = block * ((target > 0 ? target : 1) / norm);
  }
  *direction = normalized;
}

}  // namespace

std::vector<ParameterFilter> NetworkFilters(const NetworkLayout& layout) {
  std::vector<ParameterFilter> filters;
  for (int l = 1; l <= layout.LayerCount(); ++l) {
    for (int j = 0; j < layout.WeightRows(l); ++j) {
      filters.push_back({layout.WeightIndex(l, j, 0), layout.WeightCols(l)});
    }
  }
  return filters;
}

std::string ValidateLandscape(const LandscapeConfig& config) {
  MessageBuilder message;
  if (config.resolution < 2 || config.resolution > kMaxLandscapeResolution) {
    message << "landscape resolution is " << config.resolution << "; it must be 2 to "
            << kMaxLandscapeResolution;
    return message.str();
  }
  if (!std::isfinite(config.radius) || config.radius <= 0) {
    message << "landscape radius is " << config.radius << "; it must be a finite number > 0";
    return message.str();
  }
  return "";
}

LossLandscape::LossLandscape(Objective* objective, const Eigen::VectorXd& center,
                             const std::vector<ParameterFilter>& filters,
                             const LandscapeConfig& config)
    : objective_(objective), center_(center), point_(center), config_(config) {
  const int n = static_cast<int>(center.size());
  Random random(config.seed);
  direction1_.resize(n);
  direction2_.resize(n);
  for (int i = 0; i < n; ++i) direction1_[i] = random.Normal();
  for (int i = 0; i < n; ++i) direction2_[i] = random.Normal();
  std::vector<ParameterFilter> all = filters;
  if (all.empty()) all.push_back({0, n});
  NormalizeFilters(all, center_, &direction1_);
  NormalizeFilters(all, center_, &direction2_);
  const double d1_squared = direction1_.squaredNorm();
  if (d1_squared > 0) direction2_ -= (direction1_.dot(direction2_) / d1_squared) * direction1_;

  Eigen::Matrix2d gram;
  gram << d1_squared, direction1_.dot(direction2_), direction1_.dot(direction2_),
      direction2_.squaredNorm();
  // A degenerate plane (a direction of zero length) projects onto what is left of it.
  gram_inverse_.setZero();
  const double determinant = gram.determinant();
  if (determinant > 1e-300) {
    gram_inverse_ = gram.inverse();
  } else {
    if (gram(0, 0) > 0) gram_inverse_(0, 0) = 1 / gram(0, 0);
    if (gram(1, 1) > 0) gram_inverse_(1, 1) = 1 / gram(1, 1);
  }
  const int cells = config.resolution * config.resolution;
  costs_.assign(cells, std::numeric_limits<double>::quiet_NaN());
  row_done_.assign(config.resolution, false);
}

double LossLandscape::Alpha(int col) const {
  return -config_.radius + 2 * config_.radius * col / (config_.resolution - 1);
}

double LossLandscape::Beta(int row) const { return Alpha(row); }

double LossLandscape::CostAt(double alpha, double beta) {
  point_ = center_ + alpha * direction1_ + beta * direction2_;
  return objective_->Evaluate(point_, config_.batch, nullptr);
}

int LossLandscape::ComputeRows(int first_row, int count) {
  const int n = config_.resolution;
  const int begin = std::max(first_row, 0);
  const int end = std::min(first_row + std::max(count, 0), n);
  for (int row = begin; row < end; ++row) {
    for (int col = 0; col < n; ++col) costs_[row * n + col] = CostAt(Alpha(col), Beta(row));
    if (!row_done_[row]) {
      row_done_[row] = true;
      ++rows_done_;
    }
  }
  return std::max(end - begin, 0);
}

Eigen::Vector2d LossLandscape::Project(const Eigen::VectorXd& params) const {
  Eigen::Vector2d coordinates;
  ProjectPath(params.data(), 1, coordinates.data());
  return coordinates;
}

void LossLandscape::ProjectPath(const double* path, int count, double* out) const {
  const int n = static_cast<int>(center_.size());
  for (int t = 0; t < count; ++t) {
    const Eigen::Map<const Eigen::VectorXd> params(path + static_cast<size_t>(t) * n, n);
    // (θ_t − θ_c)·d without forming the difference vector, so a long path allocates nothing.
    const Eigen::Vector2d moments(direction1_.dot(params) - direction1_.dot(center_),
                                  direction2_.dot(params) - direction2_.dot(center_));
    const Eigen::Vector2d coordinates = gram_inverse_ * moments;
    out[2 * t] = coordinates[0];
    out[2 * t + 1] = coordinates[1];
  }
}

}  // namespace descent
