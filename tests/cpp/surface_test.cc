// Checks every surface's analytic derivatives against finite differences, its listed minima,
// the registry and the grid layout.
#include "core/surfaces/surface.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace descent {
namespace {

// mt19937_64's raw stream is specified by the standard (unlike its distributions), so these
// points are the same under libstdc++ and libc++.
class PointSampler {
 public:
  explicit PointSampler(uint64_t seed) : engine_(seed) {}
  Eigen::Vector2d In(const Box& box) {
    return {box.x_min + Unit() * (box.x_max - box.x_min),
            box.y_min + Unit() * (box.y_max - box.y_min)};
  }

 private:
  double Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  std::mt19937_64 engine_;
};

// |a − b| <= tolerance · max(1, |a|, |b|): relative for large values, absolute near zero.
bool Close(double a, double b, double tolerance) {
  return std::abs(a - b) <= tolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

double StepFor(double coordinate) { return 1e-6 * std::max(1.0, std::abs(coordinate)); }

Eigen::Vector2d FiniteDifferenceGradient(const Surface& s, const Eigen::Vector2d& p) {
  const double hx = StepFor(p.x());
  const double hy = StepFor(p.y());
  return {(s.Value(p.x() + hx, p.y()) - s.Value(p.x() - hx, p.y())) / (2 * hx),
          (s.Value(p.x(), p.y() + hy) - s.Value(p.x(), p.y() - hy)) / (2 * hy)};
}

Eigen::Matrix2d FiniteDifferenceHessian(const Surface& s, const Eigen::Vector2d& p) {
  const double hx = StepFor(p.x());
  const double hy = StepFor(p.y());
  Eigen::Matrix2d h;
  h.col(0) = (s.Gradient(p.x() + hx, p.y()) - s.Gradient(p.x() - hx, p.y())) / (2 * hx);
  h.col(1) = (s.Gradient(p.x(), p.y() + hy) - s.Gradient(p.x(), p.y() - hy)) / (2 * hy);
  return h;
}

bool Inside(const Box& box, const Eigen::Vector2d& p) {
  return p.x() >= box.x_min && p.x() <= box.x_max && p.y() >= box.y_min && p.y() <= box.y_max;
}

std::string TestName(const testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

class EverySurface : public testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    surface_ = MakeSurface(GetParam(), SurfaceParams());
    ASSERT_NE(surface_, nullptr);
  }
  std::unique_ptr<Surface> surface_;
};

TEST_P(EverySurface, GradientMatchesCentralDifferences) {
  PointSampler sampler(12345);
  for (int i = 0; i < 200; ++i) {
    const Eigen::Vector2d p = sampler.In(surface_->ViewBox());
    const Eigen::Vector2d analytic = surface_->Gradient(p.x(), p.y());
    const Eigen::Vector2d numeric = FiniteDifferenceGradient(*surface_, p);
    for (int k = 0; k < 2; ++k) {
      EXPECT_TRUE(Close(analytic(k), numeric(k), 1e-6))
          << "at (" << p.x() << ", " << p.y() << ") component " << k << ": analytic " << analytic(k)
          << " numeric " << numeric(k);
    }
  }
}

TEST_P(EverySurface, HessianMatchesDifferencesOfGradient) {
  PointSampler sampler(67890);
  for (int i = 0; i < 200; ++i) {
    const Eigen::Vector2d p = sampler.In(surface_->ViewBox());
    const Eigen::Matrix2d analytic = surface_->Hessian(p.x(), p.y());
    const Eigen::Matrix2d numeric = FiniteDifferenceHessian(*surface_, p);
    EXPECT_EQ(analytic(0, 1), analytic(1, 0));
    for (int r = 0; r < 2; ++r) {
      for (int c = 0; c < 2; ++c) {
        EXPECT_TRUE(Close(analytic(r, c), numeric(r, c), 1e-5))
            << "at (" << p.x() << ", " << p.y() << ") entry " << r << c << ": analytic "
            << analytic(r, c) << " numeric " << numeric(r, c);
      }
    }
  }
}

TEST_P(EverySurface, ListedMinimaAreStrictMinimaWithGlobalFirst) {
  const std::vector<Eigen::Vector2d> minima = surface_->Minima();
  if (GetParam() == "saddle") {
    EXPECT_TRUE(minima.empty());
    return;
  }
  ASSERT_FALSE(minima.empty());
  const double global = surface_->Value(minima[0].x(), minima[0].y());
  for (const Eigen::Vector2d& m : minima) {
    EXPECT_LT(surface_->Gradient(m.x(), m.y()).norm(), 1e-8) << m.transpose();
    const Eigen::Matrix2d h = surface_->Hessian(m.x(), m.y());
    EXPECT_GT(h(0, 0), 0) << m.transpose();
    EXPECT_GT(h.determinant(), 0) << m.transpose();
    const double value = surface_->Value(m.x(), m.y());
    EXPECT_LE(global, value + 1e-12 * std::max(1.0, std::abs(value))) << m.transpose();
    EXPECT_TRUE(Inside(surface_->ViewBox(), m)) << m.transpose();
  }
  // No minimum is listed twice.
  for (size_t i = 0; i < minima.size(); ++i) {
    for (size_t j = i + 1; j < minima.size(); ++j) {
      EXPECT_GT((minima[i] - minima[j]).norm(), 1e-3);
    }
  }
}

TEST_P(EverySurface, StandardStartIsInsideTheViewBoxAndNotAMinimum) {
  const Box box = surface_->ViewBox();
  EXPECT_LT(box.x_min, box.x_max);
  EXPECT_LT(box.y_min, box.y_max);
  const Eigen::Vector2d start = surface_->StandardStart();
  EXPECT_TRUE(Inside(box, start));
  EXPECT_GT(surface_->Gradient(start.x(), start.y()).norm(), 1e-3);
}

TEST_P(EverySurface, GridIsRowMajorWithRowZeroAtYMin) {
  const Box box = surface_->ViewBox();
  constexpr int kN = 7;
  std::vector<float> grid(kN * kN, -12345.0f);
  EvaluateGrid(*surface_, box, kN, grid.data());
  for (int row = 0; row < kN; ++row) {
    for (int col = 0; col < kN; ++col) {
      const double x = box.x_min + col * (box.x_max - box.x_min) / (kN - 1);
      const double y = box.y_min + row * (box.y_max - box.y_min) / (kN - 1);
      EXPECT_FLOAT_EQ(grid[row * kN + col], static_cast<float>(surface_->Value(x, y)))
          << "row " << row << " col " << col;
    }
  }
  // The corners pin down the layout independently of the formula above.
  EXPECT_EQ(grid[0], static_cast<float>(surface_->Value(box.x_min, box.y_min)));
  EXPECT_EQ(grid[kN - 1], static_cast<float>(surface_->Value(box.x_max, box.y_min)));
  EXPECT_EQ(grid[(kN - 1) * kN], static_cast<float>(surface_->Value(box.x_min, box.y_max)));
  EXPECT_EQ(grid[kN * kN - 1], static_cast<float>(surface_->Value(box.x_max, box.y_max)));
}

INSTANTIATE_TEST_SUITE_P(Surfaces, EverySurface, testing::ValuesIn(SurfaceNames()), TestName);

// The bowl's derivatives and minimum hold for any condition number and rotation, not only the
// defaults exercised above.
TEST(BowlSurface, DerivativesHoldAcrossParameters) {
  PointSampler sampler(4242);
  for (double condition : {1.0, 3.5, 100.0, 1000.0}) {
    for (double rotation : {-90.0, 0.0, 30.0, 137.0}) {
      const auto bowl = MakeSurface("bowl", {condition, rotation});
      ASSERT_NE(bowl, nullptr);
      EXPECT_EQ(bowl->Value(0, 0), 0);
      EXPECT_EQ(bowl->Gradient(0, 0), Eigen::Vector2d::Zero());
      for (int i = 0; i < 100; ++i) {
        const Eigen::Vector2d p = sampler.In(bowl->ViewBox());
        const Eigen::Vector2d g = bowl->Gradient(p.x(), p.y());
        const Eigen::Vector2d numeric = FiniteDifferenceGradient(*bowl, p);
        EXPECT_TRUE(Close(g.x(), numeric.x(), 1e-6) && Close(g.y(), numeric.y(), 1e-6));
        // f = ½ vᵀ∇f for a quadratic form.
        EXPECT_NEAR(bowl->Value(p.x(), p.y()), 0.5 * p.dot(g), 1e-9 * condition);
      }
    }
  }
}

TEST(BowlSurface, RotationTurnsTheSteepAxis) {
  // With rotation 0 the steep axis (curvature κ) is y; with 90 it is x.
  const auto unrotated = MakeSurface("bowl", {10, 0});
  EXPECT_NEAR(unrotated->Hessian(0, 0)(1, 1), 10, 1e-12);
  EXPECT_NEAR(unrotated->Hessian(0, 0)(0, 0), 1, 1e-12);
  const auto turned = MakeSurface("bowl", {10, 90});
  EXPECT_NEAR(turned->Hessian(0, 0)(0, 0), 10, 1e-12);
  EXPECT_NEAR(turned->Hessian(0, 0)(1, 1), 1, 1e-12);
}

TEST(KnownValues, MatchThePublishedOptima) {
  const SurfaceParams params;
  EXPECT_NEAR(MakeSurface("rosenbrock", params)->Value(1, 1), 0, 0);
  EXPECT_NEAR(MakeSurface("beale", params)->Value(3, 0.5), 0, 1e-15);
  EXPECT_NEAR(MakeSurface("booth", params)->Value(1, 3), 0, 1e-12);
  EXPECT_NEAR(MakeSurface("goldstein-price", params)->Value(0, -1), 3, 1e-12);
  EXPECT_NEAR(MakeSurface("rastrigin", params)->Value(0, 0), 0, 1e-12);

  const auto himmelblau = MakeSurface("himmelblau", params);
  ASSERT_EQ(himmelblau->Minima().size(), 4u);
  for (const Eigen::Vector2d& m : himmelblau->Minima()) {
    EXPECT_NEAR(himmelblau->Value(m.x(), m.y()), 0, 1e-20);
  }

  const auto goldstein = MakeSurface("goldstein-price", params);
  const std::vector<double> goldstein_values = {3, 30, 84, 840};
  ASSERT_EQ(goldstein->Minima().size(), goldstein_values.size());
  for (size_t i = 0; i < goldstein_values.size(); ++i) {
    const Eigen::Vector2d m = goldstein->Minima()[i];
    EXPECT_NEAR(goldstein->Value(m.x(), m.y()), goldstein_values[i], 1e-9);
  }

  const auto camel = MakeSurface("six-hump-camel", params);
  ASSERT_EQ(camel->Minima().size(), 6u);
  const std::vector<double> camel_values = {-1.0316284534898774, -1.0316284534898774,
                                            -0.2154638243837,    -0.2154638243837,
                                            2.1042503103,        2.1042503103};
  for (size_t i = 0; i < camel_values.size(); ++i) {
    const Eigen::Vector2d m = camel->Minima()[i];
    EXPECT_NEAR(camel->Value(m.x(), m.y()), camel_values[i], 1e-9) << i;
  }
  EXPECT_NEAR(camel->Minima()[0].x(), 0.0898420131003, 1e-10);
  EXPECT_NEAR(camel->Minima()[0].y(), -0.7126564030207, 1e-10);

  const auto mccormick = MakeSurface("mccormick", params);
  const Eigen::Vector2d m = mccormick->Minima()[0];
  EXPECT_NEAR(m.x(), -0.54719, 1e-5);
  EXPECT_NEAR(m.y(), -1.54719, 1e-5);
  EXPECT_NEAR(mccormick->Value(m.x(), m.y()), -1.9132229549810362, 1e-12);
}

// Counts grid cells lower than all 8 neighbours: each strict minimum in the box shows up once
// on a fine enough grid.
int CountGridMinima(const Surface& surface, int n) {
  std::vector<float> grid(n * n);
  EvaluateGrid(surface, surface.ViewBox(), n, grid.data());
  int count = 0;
  for (int row = 1; row + 1 < n; ++row) {
    for (int col = 1; col + 1 < n; ++col) {
      bool lowest = true;
      for (int dr = -1; dr <= 1; ++dr) {
        for (int dc = -1; dc <= 1; ++dc) {
          if ((dr || dc) && grid[(row + dr) * n + col + dc] <= grid[row * n + col]) {
            lowest = false;
          }
        }
      }
      count += lowest;
    }
  }
  return count;
}

TEST(TwoGaussians, HasExactlyOneLocalAndOneGlobalMinimumInTheBox) {
  const auto surface = MakeSurface("two-gaussians", SurfaceParams());
  const std::vector<Eigen::Vector2d> minima = surface->Minima();
  ASSERT_EQ(minima.size(), 2u);
  EXPECT_LT(surface->Value(minima[0].x(), minima[0].y()),
            surface->Value(minima[1].x(), minima[1].y()) - 0.5);
  EXPECT_EQ(CountGridMinima(*surface, 401), 2);
  // Nothing on the box edge is lower than the local minimum, so the box holds no hidden minima
  // just outside the grid's interior.
  const Box box = surface->ViewBox();
  const double local = surface->Value(minima[1].x(), minima[1].y());
  for (int i = 0; i <= 100; ++i) {
    const double t = i / 100.0;
    const double x = box.x_min + t * (box.x_max - box.x_min);
    const double y = box.y_min + t * (box.y_max - box.y_min);
    EXPECT_GT(surface->Value(x, box.y_min), local);
    EXPECT_GT(surface->Value(x, box.y_max), local);
    EXPECT_GT(surface->Value(box.x_min, y), local);
    EXPECT_GT(surface->Value(box.x_max, y), local);
  }
}

TEST(TwoGaussians, DescentFromTheStandardStartIsTrappedInTheLocalMinimum) {
  const auto surface = MakeSurface("two-gaussians", SurfaceParams());
  Eigen::Vector2d v = surface->StandardStart();
  for (int step = 0; step < 5000; ++step) v -= 0.1 * surface->Gradient(v.x(), v.y());
  EXPECT_LT((v - surface->Minima()[1]).norm(), 1e-6);
}

// The standard starts are documented as instructive; pin down where descent takes them.
TEST(StandardStart, DescentEndsWhereTheCommentsSay) {
  struct Case {
    const char* name;
    double learning_rate;
    Eigen::Vector2d end;
  };
  const Case cases[] = {
      {"rosenbrock", 1e-3, {1, 1}},
      {"himmelblau", 1e-2, {-2.805118, 3.131313}},
      {"rastrigin", 1e-3, {1.98991, 1.98991}},
      {"goldstein-price", 1e-4, {-0.6, -0.4}},
      {"six-hump-camel", 1e-2, {-1.70361, 0.796084}},
      {"mccormick", 1e-2, {-0.54719, -1.54719}},
      {"bowl", 0.1, {0, 0}},
      {"beale", 1e-2, {3, 0.5}},
  };
  for (const Case& c : cases) {
    const auto surface = MakeSurface(c.name, SurfaceParams());
    Eigen::Vector2d v = surface->StandardStart();
    for (int step = 0; step < 100000; ++step)
      v -= c.learning_rate * surface->Gradient(v.x(), v.y());
    EXPECT_LT((v - c.end).norm(), 1e-4) << c.name << " ended at " << v.transpose();
  }
}

TEST(SurfaceNames, AreInDisplayOrder) {
  const std::vector<std::string> expected = {
      "bowl",   "rosenbrock", "beale",           "himmelblau",     "saddle",    "booth",
      "matyas", "rastrigin",  "goldstein-price", "six-hump-camel", "mccormick", "two-gaussians"};
  EXPECT_EQ(SurfaceNames(), expected);
}

TEST(ValidateSurface, AcceptsEveryNameWithDefaultParams) {
  for (const std::string& name : SurfaceNames()) {
    EXPECT_EQ(ValidateSurface(name, SurfaceParams()), "") << name;
    EXPECT_NE(MakeSurface(name, SurfaceParams()), nullptr) << name;
  }
  EXPECT_EQ(ValidateSurface("bowl", {1, 0}), "");
  EXPECT_EQ(ValidateSurface("bowl", {1000, -720}), "");
}

TEST(ValidateSurface, NamesTheChoicesForAnUnknownSurface) {
  EXPECT_EQ(ValidateSurface("foo", SurfaceParams()),
            "Unknown surface 'foo'. Choose one of: bowl, rosenbrock, beale, himmelblau, saddle, "
            "booth, matyas, rastrigin, goldstein-price, six-hump-camel, mccormick, "
            "two-gaussians.");
  EXPECT_EQ(MakeSurface("foo", SurfaceParams()), nullptr);
  EXPECT_NE(ValidateSurface("Bowl", SurfaceParams()), "");
  EXPECT_NE(ValidateSurface("", SurfaceParams()), "");
}

TEST(ValidateSurface, RejectsBadConditionNumbers) {
  EXPECT_EQ(ValidateSurface("bowl", {0.5, 30}),
            "Condition number must be a number from 1 to 1000 (got 0.5).");
  EXPECT_EQ(ValidateSurface("bowl", {1001, 30}),
            "Condition number must be a number from 1 to 1000 (got 1001).");
  EXPECT_NE(ValidateSurface("bowl", {std::nan(""), 30}), "");
  EXPECT_NE(ValidateSurface("bowl", {INFINITY, 30}), "");
  EXPECT_NE(ValidateSurface("rosenbrock", {-3, 30}), "");
  EXPECT_EQ(MakeSurface("bowl", {0.5, 30}), nullptr);
}

TEST(ValidateSurface, RejectsNonFiniteRotation) {
  EXPECT_EQ(ValidateSurface("bowl", {10, INFINITY}),
            "Rotation must be a finite number of degrees (got inf).");
  EXPECT_NE(ValidateSurface("bowl", {10, std::nan("")}), "");
  EXPECT_EQ(MakeSurface("bowl", {10, std::nan("")}), nullptr);
}

TEST(EvaluateGrid, WritesNothingForTooSmallGrids) {
  const auto surface = MakeSurface("booth", SurfaceParams());
  float sentinel = 7.0f;
  EvaluateGrid(*surface, surface->ViewBox(), 1, &sentinel);
  EXPECT_EQ(sentinel, 7.0f);
  EvaluateGrid(*surface, surface->ViewBox(), 2, nullptr);  // Must not crash.
}

TEST(EvaluateGrid, UsesTheGivenBoxNotTheViewBox) {
  const auto surface = MakeSurface("rosenbrock", SurfaceParams());
  const Box box{0, 1, 10, 12};
  std::vector<float> grid(3 * 3);
  EvaluateGrid(*surface, box, 3, grid.data());
  EXPECT_FLOAT_EQ(grid[1 * 3 + 2], static_cast<float>(surface->Value(1, 11)));
  EXPECT_FLOAT_EQ(grid[2 * 3 + 1], static_cast<float>(surface->Value(0.5, 12)));
}

}  // namespace
}  // namespace descent
