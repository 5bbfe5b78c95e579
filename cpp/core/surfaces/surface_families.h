// Internal to cpp/core/surfaces: one factory per surface family, used by the registry in
// surfaces.cc, plus the Newton refinement the families use to store minima to full precision.
// Not part of the public API; include "core/surfaces/surface.h" instead.
#ifndef DESCENT_CORE_SURFACES_SURFACE_FAMILIES_H_
#define DESCENT_CORE_SURFACES_SURFACE_FAMILIES_H_

#include <memory>

#include "core/eigen.h"
#include "core/surfaces/surface.h"

namespace descent {

// quadratic.cc: surfaces whose Hessian is constant.
std::unique_ptr<Surface> MakeBowlSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeSaddleSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeBoothSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeMatyasSurface(const SurfaceParams& params);

// classic.cc: the classic polynomial and trigonometric benchmark valleys.
std::unique_ptr<Surface> MakeRosenbrockSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeBealeSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeHimmelblauSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeMcCormickSurface(const SurfaceParams& params);

// goldstein_price.cc
std::unique_ptr<Surface> MakeGoldsteinPriceSurface(const SurfaceParams& params);

// multimodal.cc: surfaces built to show local minima trapping descent.
std::unique_ptr<Surface> MakeRastriginSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeSixHumpCamelSurface(const SurfaceParams& params);
std::unique_ptr<Surface> MakeTwoGaussiansSurface(const SurfaceParams& params);

// Newton's method on the gradient, p ← p − H⁻¹∇f, from `guess`. Returns the iterate with the
// smallest gradient norm seen, so round-off oscillation at convergence cannot make it worse.
// Used at construction to turn published 4–6 digit minima into full-precision ones.
Eigen::Vector2d RefineCriticalPoint(const Surface& surface, const Eigen::Vector2d& guess);

}  // namespace descent

#endif  // DESCENT_CORE_SURFACES_SURFACE_FAMILIES_H_
