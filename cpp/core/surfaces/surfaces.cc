// The surface registry: names in display order, validation, construction and grid sampling.
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "core/message.h"
#include "core/surfaces/surface.h"
#include "core/surfaces/surface_families.h"

namespace descent {
namespace {

using SurfaceFactory = std::unique_ptr<Surface> (*)(const SurfaceParams&);

struct SurfaceEntry {
  const char* name;
  SurfaceFactory make;
};

// One table drives names, validation and construction, so they cannot disagree.
constexpr SurfaceEntry kSurfaces[] = {
    {"bowl", MakeBowlSurface},
    {"rosenbrock", MakeRosenbrockSurface},
    {"beale", MakeBealeSurface},
    {"himmelblau", MakeHimmelblauSurface},
    {"saddle", MakeSaddleSurface},
    {"booth", MakeBoothSurface},
    {"matyas", MakeMatyasSurface},
    {"rastrigin", MakeRastriginSurface},
    {"goldstein-price", MakeGoldsteinPriceSurface},
    {"six-hump-camel", MakeSixHumpCamelSurface},
    {"mccormick", MakeMcCormickSurface},
    {"two-gaussians", MakeTwoGaussiansSurface},
};

// Beyond 1000 the bowl's narrow axis is thinner than a grid cell and descent needs η < 0.002,
// which teaches nothing more than 1000 does.
constexpr double kMaxConditionNumber = 1000;

const SurfaceEntry* FindSurface(const std::string& name) {
  for (const SurfaceEntry& entry : kSurfaces) {
    if (name == entry.name) return &entry;
  }
  return nullptr;
}

}  // namespace

const std::vector<std::string>& SurfaceNames() {
  // Built once from the table; a function-local static const is not mutable global state.
  static const std::vector<std::string>* const names = [] {
    auto* list = new std::vector<std::string>();
    for (const SurfaceEntry& entry : kSurfaces) list->emplace_back(entry.name);
    return list;
  }();
  return *names;
}

std::string ValidateSurface(const std::string& name, const SurfaceParams& params) {
  MessageBuilder message;
  if (FindSurface(name) == nullptr) {
    message << "Unknown surface '" << name << "'. Choose one of: ";
    const std::vector<std::string>& names = SurfaceNames();
    for (size_t i = 0; i < names.size(); ++i) message << (i == 0 ? "" : ", ") << names[i];
    message << ".";
    return message.str();
  }
  // Checked for every surface, not only the bowl, so that a bad value in the shared state is
  // reported at once rather than when the student later switches to the bowl.
  if (!std::isfinite(params.condition_number) || params.condition_number < 1 ||
      params.condition_number > kMaxConditionNumber) {
    message << "Condition number must be a number from 1 to " << kMaxConditionNumber << " (got "
            << params.condition_number << ").";
    return message.str();
  }
  if (!std::isfinite(params.rotation_degrees)) {
    message << "Rotation must be a finite number of degrees (got " << params.rotation_degrees
            << ").";
    return message.str();
  }
  return "";
}

std::unique_ptr<Surface> MakeSurface(const std::string& name, const SurfaceParams& params) {
  if (!ValidateSurface(name, params).empty()) return nullptr;
  return FindSurface(name)->make(params);
}

void EvaluateGrid(const Surface& surface, const Box& box, int n, float* out) {
  if (n < 2 || out == nullptr) return;
  // The documented formula verbatim (not x_min + col·step), so that callers that recompute a
  // grid point's coordinates get the very same doubles, and the last column lands on x_max.
  for (int row = 0; row < n; ++row) {
    const double y = box.y_min + row * (box.y_max - box.y_min) / (n - 1);
    for (int col = 0; col < n; ++col) {
      const double x = box.x_min + col * (box.x_max - box.x_min) / (n - 1);
      out[row * n + col] = static_cast<float>(surface.Value(x, y));
    }
  }
}

}  // namespace descent
