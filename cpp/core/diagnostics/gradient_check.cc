#include "core/diagnostics/gradient_check.h"

#include <algorithm>
#include <cmath>

namespace descent {
namespace {

constexpr double kRightRelative = 1e-7;
constexpr double kSuspiciousRelative = 1e-4;
// How far a step shrinks when its stencil straddles a kink.
constexpr double kKinkRetryFactor = 64;

// The cost at θ_i − 2h, θ_i − h, θ_i + h and θ_i + 2h, with the real distances between them
// ((x + h) − (x − h) is not exactly 2h in floating point).
struct Samples {
  double h = 0;
  double minus2 = 0, minus1 = 0, plus1 = 0, plus2 = 0;
  double two_h = 0, four_h = 0;
  double Central() const { return (plus1 - minus1) / two_h; }
  double Wide() const { return (plus2 - minus2) / four_h; }
  double FivePoint() const { return (4 * Central() - Wide()) / 3; }  // Richardson on D(h)
  double Largest(double center) const {
    return std::max(
        {std::abs(center), std::abs(minus2), std::abs(minus1), std::abs(plus1), std::abs(plus2)});
  }
};

// Second differences of a smooth cost scale like h²: S(2h) = 4 S(h) up to O(h⁴) and rounding.
// At a kink within the step they scale like h instead (S(2h) ≈ 2 S(h)).
bool StraddlesKink(const Samples& samples, double center) {
  const double near = samples.plus1 + samples.minus1 - 2 * center;
  const double wide = samples.plus2 + samples.minus2 - 2 * center;
  const double mismatch = std::abs(wide - 4 * near);
  // 16 rounded costs enter `mismatch` (|1| + |1| + |4| + |4| + |6|); allow four times that.
  const double rounding = 64 * kCostRoundoff * samples.Largest(center);
  return mismatch > std::max(rounding, 0.05 * std::abs(near));
}

GradientVerdict Judge(double analytic, double numeric, double resolution) {
  const double difference = std::abs(analytic - numeric);
  if (!(difference == difference)) return GradientVerdict::kWrong;  // NaN is a bug
  const double scale = std::abs(analytic) + std::abs(numeric);
  if (difference <= std::max(kRightRelative * scale, resolution)) return GradientVerdict::kRight;
  if (difference <= std::max(kSuspiciousRelative * scale, 100 * resolution)) {
    return GradientVerdict::kSuspicious;
  }
  return GradientVerdict::kWrong;
}

}  // namespace

const char* GradientVerdictName(GradientVerdict verdict) {
  switch (verdict) {
    case GradientVerdict::kRight:
      return "right";
    case GradientVerdict::kSuspicious:
      return "suspicious";
    case GradientVerdict::kWrong:
      return "wrong";
    case GradientVerdict::kKink:
      return "kink";
  }
  return "wrong";
}

GradientCheckResult CheckGradient(Objective* objective, const Eigen::VectorXd& params,
                                  const GradientCheckOptions& options) {
  GradientCheckResult result;
  const int count = objective->ParameterCount();
  Eigen::VectorXd analytic(count);
  const double center = objective->Evaluate(params, options.batch, &analytic);
  result.evaluations = 1;

  std::vector<int> indices = options.indices;
  if (indices.empty()) {
    indices.resize(count);
    for (int i = 0; i < count; ++i) indices[i] = i;
  }
  Eigen::VectorXd shifted = params;
  result.entries.reserve(indices.size());
  for (int index : indices) {
    if (index < 0 || index >= count) continue;
    const double original = params[index];
    auto cost_at = [&](double offset) {
      shifted[index] = original + offset;
      const double cost = objective->Evaluate(shifted, options.batch, nullptr);
      shifted[index] = original;
      ++result.evaluations;
      return cost;
    };
    auto sample = [&](double h) {
      Samples samples;
      samples.h = h;
      samples.minus2 = cost_at(-2 * h);
      samples.minus1 = cost_at(-h);
      samples.plus1 = cost_at(h);
      samples.plus2 = cost_at(2 * h);
      samples.two_h = (original + h) - (original - h);
      samples.four_h = (original + 2 * h) - (original - 2 * h);
      return samples;
    };
    Samples samples = sample(options.step * std::max(1.0, std::abs(original)));
    bool kink = StraddlesKink(samples, center);
    if (kink) {
      samples = sample(samples.h / kKinkRetryFactor);
      kink = StraddlesKink(samples, center);
    }

    GradientCheckEntry entry;
    entry.index = index;
    entry.step = samples.h;
    entry.analytic = analytic[index];
    const double central = samples.Central(), five_point = samples.FivePoint();
    entry.numeric = options.five_point && !kink ? five_point : central;
    const double rounding = kCostRoundoff * samples.Largest(center) / samples.h;
    const double truncation = kink ? 0.0 : std::abs(five_point - central);
    entry.resolution = 4 * rounding + 2 * truncation;
    const double difference = std::abs(entry.analytic - entry.numeric);
    entry.relative_error =
        difference / std::max(std::abs(entry.analytic) + std::abs(entry.numeric), options.floor);
    entry.verdict = Judge(entry.analytic, entry.numeric, entry.resolution);
    if (kink) {
      // A kink lies inside the step. Each side's own second-order difference,
      //   (3C(θ) − 4C(θ − h) + C(θ − 2h)) / 2h  and  (−3C(θ) + 4C(θ + h) − C(θ + 2h)) / 2h,
      // is exact to O(h²) when its side is smooth, and at a kink at θ itself any value between
      // the two is a subgradient; backpropagation's convention at the kink is one of them.
      const double backward = (3 * center - 4 * samples.minus1 + samples.minus2) / (2 * samples.h);
      const double forward = (-3 * center + 4 * samples.plus1 - samples.plus2) / (2 * samples.h);
      const double allowed = 8 * rounding + kSuspiciousRelative * std::abs(entry.analytic);
      const double low = std::min(forward, backward) - allowed;
      const double high = std::max(forward, backward) + allowed;
      if (entry.analytic >= low && entry.analytic <= high) entry.verdict = GradientVerdict::kKink;
    }
    ++result.counts[static_cast<int>(entry.verdict)];
    result.max_absolute_error = std::max(result.max_absolute_error, difference);
    if (result.worst_index < 0 || !(entry.relative_error <= result.max_relative_error)) {
      result.max_relative_error = entry.relative_error;
      result.worst_index = index;
    }
    result.entries.push_back(entry);
  }
  return result;
}

}  // namespace descent
