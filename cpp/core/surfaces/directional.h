// Directional derivatives and slices of a surface (seed 000: ∂f/∂l = ∇f·l, and the gradient is
// the direction of steepest ascent). Angles are in radians, measured from the +x axis
// counter-clockwise; the unit direction is l = (cos α, sin α).
#ifndef DESCENT_CORE_SURFACES_DIRECTIONAL_H_
#define DESCENT_CORE_SURFACES_DIRECTIONAL_H_

#include <string>

#include "core/eigen.h"
#include "core/surfaces/surface.h"

namespace descent {

// The unit vector (cos α, sin α).
Eigen::Vector2d UnitDirection(double angle_radians);

// ∂f/∂l at `point` = ∇f(point)·(cos α, sin α).
double DirectionalDerivative(const Surface& surface, const Eigen::Vector2d& point,
                             double angle_radians);

// The angle α in (−π, π] that maximises ∂f/∂l at `point`: the direction of ∇f, where the
// derivative equals ‖∇f‖. Returns 0 when ∇f = 0 (every direction is then equally flat).
double SteepestAscentAngle(const Surface& surface, const Eigen::Vector2d& point);

// Empty when a slice with this radius and point count can be sampled, otherwise a message a
// student can read: radius must be finite and > 0, point_count >= 2.
std::string ValidateSlice(double radius, int point_count);

// Writes f(point + ρ·l) into out[i] for ρ_i = −radius + 2·radius·i/(point_count − 1),
// i = 0 … point_count − 1 (so out[0] is at ρ = −radius, the last at ρ = +radius). `out` holds
// point_count floats. Writes nothing when ValidateSlice would complain or out is null.
void SampleSlice(const Surface& surface, const Eigen::Vector2d& point, double angle_radians,
                 double radius, int point_count, float* out);

}  // namespace descent

#endif  // DESCENT_CORE_SURFACES_DIRECTIONAL_H_
