#include "core/diagnostics/gradient_check.h"

#include <algorithm>
#include <cmath>

namespace descent {

GradientCheckResult CheckGradient(Objective* objective, const Eigen::VectorXd& params,
                                  const GradientCheckOptions& options) {
  GradientCheckResult result;
  const int count = objective->ParameterCount();
  Eigen::VectorXd analytic(count);
  objective->Evaluate(params, options.batch, &analytic);

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
    const double h = options.step * std::max(1.0, std::abs(original));
    auto cost_at = [&](double offset) {
      shifted[index] = original + offset;
      const double cost = objective->Evaluate(shifted, options.batch, nullptr);
      shifted[index] = original;
      return cost;
    };
    // (x + h) − (x − h) is not exactly 2h in floating point; divide by the real difference.
    const double two_h = (original + h) - (original - h);
    double numeric = (cost_at(h) - cost_at(-h)) / two_h;
    if (options.five_point) {
      const double four_h = (original + 2 * h) - (original - 2 * h);
      const double wide = (cost_at(2 * h) - cost_at(-2 * h)) / four_h;
      // Richardson: (4 D(h) − D(2h)) / 3 cancels the h² term, the five-point stencil.
      numeric = (4 * numeric - wide) / 3;
    }

    GradientCheckEntry entry;
    entry.index = index;
    entry.analytic = analytic[index];
    entry.numeric = numeric;
    const double difference = std::abs(entry.analytic - numeric);
    entry.relative_error =
        difference / std::max(std::abs(entry.analytic) + std::abs(numeric), options.floor);
    result.max_absolute_error = std::max(result.max_absolute_error, difference);
    if (result.worst_index < 0 || entry.relative_error > result.max_relative_error) {
      result.max_relative_error = entry.relative_error;
      result.worst_index = index;
    }
    result.entries.push_back(entry);
  }
  return result;
}

}  // namespace descent
