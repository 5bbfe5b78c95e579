// Loss-landscape slice: filter-normalised, orthogonal directions; the centre is the current
// cost; row slices fill the same grid; training paths project back onto the plane.
#include "core/diagnostics/landscape.h"

#include <cmath>
#include <vector>

#include "core/net/network.h"
#include "core/random.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

class LandscapeTest : public ::testing::Test {
 protected:
  LandscapeTest() : network_(Config()) {
    Random random(31);
    RowMatrix inputs(30, 2), targets(30, 1);
    for (int i = 0; i < 30; ++i) {
      inputs(i, 0) = random.Uniform(-1, 1);
      inputs(i, 1) = random.Uniform(-1, 1);
      targets(i, 0) = inputs(i, 0) * inputs(i, 1) > 0 ? 1 : -1;
    }
    network_.SetData(inputs, targets);
    network_.Initialize(&center_, &random);
  }
  static NetworkConfig Config() {
    NetworkConfig config;
    config.hidden_sizes = {4, 3};
    config.regularization = Regularization::kL2;
    config.regularization_rate = 0.01;
    return config;
  }
  LandscapeConfig Slice(int resolution) {
    LandscapeConfig config;
    config.seed = 77;
    config.resolution = resolution;
    config.radius = 0.5;
    return config;
  }
  Network network_;
  Eigen::VectorXd center_;
};

TEST_F(LandscapeTest, DirectionsAreFilterNormalisedAndOrthogonal) {
  LossLandscape landscape(&network_, center_, NetworkFilters(network_.layout()), Slice(5));
  const NetworkLayout& layout = network_.layout();
  const Eigen::VectorXd& d1 = landscape.direction1();
  const Eigen::VectorXd& d2 = landscape.direction2();
  for (int l = 1; l <= layout.LayerCount(); ++l) {
    for (int j = 0; j < layout.WeightRows(l); ++j) {
      EXPECT_NEAR(layout.Weights(d1, l).row(j).norm(), layout.Weights(center_, l).row(j).norm(),
                  1e-12);
    }
    EXPECT_EQ(layout.Biases(d1, l).norm(), 0.0);  // biases: zero direction
    EXPECT_EQ(layout.Biases(d2, l).norm(), 0.0);
  }
  EXPECT_NEAR(d1.dot(d2), 0.0, 1e-12);
  EXPECT_GT(d2.norm(), 0.1 * d1.norm());
  // Same seed, same directions; another seed, other directions.
  LossLandscape again(&network_, center_, NetworkFilters(layout), Slice(5));
  EXPECT_EQ(again.direction1(), d1);
  LandscapeConfig other = Slice(5);
  other.seed = 78;
  LossLandscape different(&network_, center_, NetworkFilters(layout), other);
  EXPECT_NE(different.direction1(), d1);
}

TEST_F(LandscapeTest, CentreOfTheGridIsTheCurrentCost) {
  LossLandscape landscape(&network_, center_, NetworkFilters(network_.layout()), Slice(5));
  EXPECT_TRUE(std::isnan(landscape.costs()[12]));
  EXPECT_EQ(landscape.ComputeRows(0, 5), 5);
  const double cost = network_.Evaluate(center_, {}, nullptr);
  EXPECT_EQ(landscape.Alpha(2), 0.0);
  EXPECT_NEAR(landscape.costs()[2 * 5 + 2], cost, 1e-14);
  EXPECT_NEAR(landscape.CostAt(0, 0), cost, 1e-14);
  // A corner is C(θ_c − r d1 + r d2): row 4 is β = +r, column 0 is α = −r.
  const Eigen::VectorXd corner =
      center_ - 0.5 * landscape.direction1() + 0.5 * landscape.direction2();
  EXPECT_NEAR(landscape.costs()[4 * 5 + 0], network_.Evaluate(corner, {}, nullptr), 1e-14);
}

TEST_F(LandscapeTest, RowSlicesFillTheSameGrid) {
  LossLandscape whole(&network_, center_, NetworkFilters(network_.layout()), Slice(7));
  whole.ComputeRows(0, 7);
  LossLandscape sliced(&network_, center_, NetworkFilters(network_.layout()), Slice(7));
  EXPECT_EQ(sliced.ComputeRows(0, 3), 3);
  EXPECT_EQ(sliced.rows_done(), 3);
  EXPECT_EQ(sliced.ComputeRows(2, 3), 3);  // overlaps row 2
  EXPECT_EQ(sliced.rows_done(), 5);
  EXPECT_EQ(sliced.ComputeRows(5, 10), 2);  // clipped at the last row
  EXPECT_EQ(sliced.ComputeRows(9, 1), 0);
  EXPECT_EQ(sliced.rows_done(), 7);
  EXPECT_EQ(sliced.costs(), whole.costs());
}

TEST_F(LandscapeTest, PathProjectionRecoversPlaneCoordinates) {
  LossLandscape landscape(&network_, center_, NetworkFilters(network_.layout()), Slice(5));
  const Eigen::VectorXd& d1 = landscape.direction1();
  const Eigen::VectorXd& d2 = landscape.direction2();
  const Eigen::Vector2d coordinates = landscape.Project(center_ + 2 * d1 - 3 * d2);
  EXPECT_NEAR(coordinates[0], 2.0, 1e-12);
  EXPECT_NEAR(coordinates[1], -3.0, 1e-12);

  // A path stored row-major, one θ per row, as the Trainer's path history keeps it.
  const int n = network_.ParameterCount();
  RowMatrix path(3, n);
  path.row(0) = center_.transpose();
  path.row(1) = (center_ - 0.5 * d1 + 0.25 * d2).transpose();
  // A component off the plane (here along a bias, where both directions are 0) is dropped.
  Eigen::VectorXd off_plane = center_ + d1;
  off_plane[network_.layout().BiasIndex(1, 0)] += 10;
  path.row(2) = off_plane.transpose();
  double out[6];
  landscape.ProjectPath(path.data(), 3, out);
  const double expected[6] = {0, 0, -0.5, 0.25, 1, 0};
  for (int i = 0; i < 6; ++i) EXPECT_NEAR(out[i], expected[i], 1e-12) << i;
}

TEST_F(LandscapeTest, WithoutFiltersTheWholeVectorIsOneFilter) {
  LossLandscape landscape(&network_, center_, {}, Slice(3));
  EXPECT_NEAR(landscape.direction1().norm(), center_.norm(), 1e-12);
  EXPECT_NEAR(landscape.direction1().dot(landscape.direction2()), 0.0, 1e-12);
  // A zero centre still gives a plane (unit-norm directions before orthogonalisation).
  const Eigen::VectorXd zero = Eigen::VectorXd::Zero(network_.ParameterCount());
  LossLandscape at_zero(&network_, zero, {}, Slice(3));
  EXPECT_NEAR(at_zero.direction1().norm(), 1.0, 1e-12);
  EXPECT_GT(at_zero.direction2().norm(), 0.5);
}

TEST(LandscapeValidationTest, Messages) {
  LandscapeConfig config;
  EXPECT_EQ(ValidateLandscape(config), "");
  config.resolution = 1;
  EXPECT_NE(ValidateLandscape(config).find("resolution is 1"), std::string::npos);
  config.resolution = 10;
  config.radius = -2;
  EXPECT_NE(ValidateLandscape(config).find("radius is -2"), std::string::npos);
}

}  // namespace
}  // namespace descent
