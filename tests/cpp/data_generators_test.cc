#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "core/data/generators_2d.h"

namespace descent {
namespace {

GeneratorConfig Config(const std::string& name, int count, double noise, uint64_t seed) {
  GeneratorConfig config;
  config.name = name;
  config.count = count;
  config.noise = noise;
  config.seed = seed;
  return config;
}

TEST(GeneratorsTest, TableNamesAreFoundAndValid) {
  int count = 0;
  const GeneratorInfo* table = GeneratorTable(&count);
  ASSERT_EQ(count, 8);
  for (int i = 0; i < count; ++i) {
    EXPECT_EQ(FindGenerator(table[i].name), &table[i]);
    EXPECT_EQ(ValidateGenerator(Config(table[i].name, 100, 0.2, 3)), "") << table[i].name;
  }
  EXPECT_EQ(FindGenerator("moons"), nullptr);
}

TEST(GeneratorsTest, ValidationMessages) {
  EXPECT_EQ(ValidateGenerator(Config("moons", 100, 0, 1)),
            "unknown data set 'moons'; expected one of circle, xor, gauss, spiral, plane, "
            "multi-gauss, three-class, blobs");
  EXPECT_EQ(ValidateGenerator(Config("circle", 0, 0, 1)),
            "number of points must be between 2 and 10000 (got 0)");
  EXPECT_EQ(ValidateGenerator(Config("circle", 100, 0.7, 1)),
            "noise must be between 0 and 0.5 (got 0.7)");
  EXPECT_NE(ValidateGenerator(Config("circle", 100, NAN, 1)), "");
  GeneratorConfig blobs = Config("blobs", 100, 0, 1);
  blobs.classes = 9;
  EXPECT_EQ(ValidateGenerator(blobs), "number of classes must be between 3 and 8 (got 9)");
  EXPECT_EQ(GenerateDataset(Config("circle", 0, 0, 1)).size(), 0);
}

TEST(GeneratorsTest, DeterministicForSeedAndDifferentAcrossSeeds) {
  int count = 0;
  const GeneratorInfo* table = GeneratorTable(&count);
  for (int i = 0; i < count; ++i) {
    const Dataset a = GenerateDataset(Config(table[i].name, 150, 0.3, 42));
    const Dataset b = GenerateDataset(Config(table[i].name, 150, 0.3, 42));
    const Dataset c = GenerateDataset(Config(table[i].name, 150, 0.3, 43));
    EXPECT_EQ(a.inputs, b.inputs) << table[i].name;
    EXPECT_EQ(a.targets, b.targets) << table[i].name;
    EXPECT_NE(a.inputs, c.inputs) << table[i].name;
  }
}

TEST(GeneratorsTest, CountsShapesAndBox) {
  int count = 0;
  const GeneratorInfo* table = GeneratorTable(&count);
  for (int i = 0; i < count; ++i) {
    const Dataset data = GenerateDataset(Config(table[i].name, 101, 0.5, 7));
    EXPECT_EQ(data.size(), 101) << table[i].name;
    EXPECT_EQ(data.input_dim(), 2);
    const int expected_targets = table[i].task == GeneratorTask::kMultiClass ? 3 : 1;
    EXPECT_EQ(data.target_dim(), expected_targets) << table[i].name;
    EXPECT_LE(data.inputs.cwiseAbs().maxCoeff(), kPlaygroundExtent) << table[i].name;
    EXPECT_TRUE(data.targets.allFinite());
  }
}

TEST(GeneratorsTest, BinaryLabelsBalancedInBothEncodings) {
  for (const char* name : {"circle", "xor", "gauss", "spiral"}) {
    GeneratorConfig config = Config(name, 201, 0.1, 5);
    const Dataset plus_minus = GenerateDataset(config);
    int positives = 0;
    for (int i = 0; i < plus_minus.size(); ++i) {
      const double y = plus_minus.targets(i, 0);
      ASSERT_TRUE(y == 1.0 || y == -1.0) << name;
      positives += y > 0;
    }
    EXPECT_EQ(positives, 101) << name;
    config.encoding = LabelEncoding::kZeroOne;
    const Dataset zero_one = GenerateDataset(config);
    EXPECT_EQ(zero_one.inputs, plus_minus.inputs) << name;
    for (int i = 0; i < zero_one.size(); ++i) {
      EXPECT_EQ(zero_one.targets(i, 0), plus_minus.targets(i, 0) > 0 ? 1.0 : 0.0);
    }
  }
}

TEST(GeneratorsTest, CleanLabelsMatchGeometry) {
  const Dataset circle = GenerateDataset(Config("circle", 400, 0, 9));
  const Dataset xor_data = GenerateDataset(Config("xor", 400, 0, 9));
  for (int i = 0; i < 400; ++i) {
    const double r = circle.inputs.row(i).norm();
    if (circle.targets(i, 0) > 0) {
      EXPECT_LE(r, 2.5 + 1e-12);
    } else {
      EXPECT_GE(r, 3.5 - 1e-12);
    }
    const double product = xor_data.inputs(i, 0) * xor_data.inputs(i, 1);
    EXPECT_GT(product * xor_data.targets(i, 0), 0.0);
    EXPECT_GE(std::fabs(xor_data.inputs(i, 0)), 0.3);
  }
}

TEST(GeneratorsTest, NoiseOnlyDisplacesPointsWithinBound) {
  // Offset bound per generator: ±5·noise per coordinate for circle and xor, ±noise for spiral.
  const struct {
    const char* name;
    double scale;
  } cases[] = {{"circle", 5.0}, {"xor", 5.0}, {"spiral", 1.0}};
  for (const auto& c : cases) {
    for (double noise : {0.1, 0.25, 0.5}) {
      const Dataset clean = GenerateDataset(Config(c.name, 300, 0.0, 11));
      const Dataset noisy = GenerateDataset(Config(c.name, 300, noise, 11));
      EXPECT_EQ(clean.targets, noisy.targets);
      const double max_offset = (noisy.inputs - clean.inputs).cwiseAbs().maxCoeff();
      EXPECT_LE(max_offset, c.scale * noise + 1e-12) << c.name << " " << noise;
      EXPECT_GT(max_offset, 0.5 * c.scale * noise) << c.name << " " << noise;
    }
  }
}

TEST(GeneratorsTest, RegressionTargets) {
  const Dataset plane = GenerateDataset(Config("plane", 200, 0, 2));
  for (int i = 0; i < plane.size(); ++i) {
    EXPECT_NEAR(plane.targets(i, 0), (plane.inputs(i, 0) + plane.inputs(i, 1)) / 10.0, 1e-12);
  }
  const Dataset bumps = GenerateDataset(Config("multi-gauss", 500, 0, 2));
  EXPECT_LE(bumps.targets.cwiseAbs().maxCoeff(), 1.0);
  EXPECT_GT(bumps.targets.maxCoeff(), 0.3);
  EXPECT_LT(bumps.targets.minCoeff(), -0.3);
}

TEST(GeneratorsTest, BlobsAreOneHotAndBalanced) {
  GeneratorConfig config = Config("blobs", 100, 0.2, 4);
  config.classes = 5;
  const Dataset data = GenerateDataset(config);
  ASSERT_EQ(data.target_dim(), 5);
  for (int i = 0; i < data.size(); ++i) {
    EXPECT_EQ(data.targets.row(i).sum(), 1.0);
    EXPECT_EQ(data.targets(i, i % 5), 1.0);
  }
  const Eigen::RowVectorXd per_class = data.targets.colwise().sum();
  EXPECT_EQ(per_class.minCoeff(), 20);
  EXPECT_EQ(GenerateDataset(Config("three-class", 10, 0, 4)).target_dim(), 3);
}

}  // namespace
}  // namespace descent
