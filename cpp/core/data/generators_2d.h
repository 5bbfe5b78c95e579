// TF-Playground-style 2-D data sets: points in the box [−6, 6]², drawn from the project's own
// seeded Random so that native and wasm builds produce the same points.
#ifndef DESCENT_CORE_DATA_GENERATORS_2D_H_
#define DESCENT_CORE_DATA_GENERATORS_2D_H_

#include <cstdint>
#include <string>
#include <vector>

#include "core/data/dataset.h"

namespace descent {

// Half-width of the square every generated point lies in.
constexpr double kPlaygroundExtent = 6.0;
constexpr int kMinGeneratedPoints = 2;
constexpr int kMaxGeneratedPoints = 10000;
constexpr double kMaxGeneratorNoise = 0.5;
constexpr int kMinBlobClasses = 3;
constexpr int kMaxBlobClasses = 8;

enum class GeneratorTask {
  kBinary,      // targets n × 1, labels ±1 or 0/1 (see LabelEncoding)
  kRegression,  // targets n × 1, real values in about [−1, 1]
  kMultiClass,  // targets n × k, one-hot rows
};

// "binary", "regression", "multi-class": the task names every caller shows.
const char* GeneratorTaskName(GeneratorTask task);

struct GeneratorInfo {
  const char* name;  // the key used in state and URLs, e.g. "circle"
  GeneratorTask task;
  const char* description;  // one line for the UI
};

// The table of generators, in menu order; `count` receives its length.
const GeneratorInfo* GeneratorTable(int* count);
// The entry named `name`, or nullptr.
const GeneratorInfo* FindGenerator(const std::string& name);
// The generator names in menu order.
const std::vector<std::string>& GeneratorNames();

struct GeneratorConfig {
  std::string name = "circle";
  int count = 200;     // number of points, kMinGeneratedPoints..kMaxGeneratedPoints
  double noise = 0.0;  // 0..0.5; scale of the displacement (see each generator)
  uint64_t seed = 1;
  LabelEncoding encoding = LabelEncoding::kPlusMinusOne;  // binary sets only
  int classes = 3;  // "blobs" only (kMinBlobClasses..kMaxBlobClasses); "three-class" uses 3
};

// Empty when `config` names a generator and its numbers are in range; otherwise a readable
// message such as "noise must be between 0 and 0.5 (got 0.7)".
std::string ValidateGenerator(const GeneratorConfig& config);

// Draws the data set. Deterministic for a seed. Each generator first draws the noise-free
// point and then its noise offset with the same number of draws whatever the noise level, so
// for one seed changing the noise only moves points; it never reshuffles them. Coordinates are
// clamped to [−6, 6]. Binary and multi-class sets alternate classes (sample i has class
// i mod k), so classes are balanced to within one point. Call ValidateGenerator first; an
// invalid config yields an empty data set.
//
//   circle      +1 inside radius 2.5, −1 on the ring 3.5..5; noise: uniform offset ±5·noise
//   xor         +1 where x·y > 0 (quadrants 1, 3), −1 otherwise, points kept 0.3 off the axes;
//               noise: uniform offset ±5·noise
//   gauss       +1 around (2, 2), −1 around (−2, −2); standard deviation √(0.5 + 7·noise)
//   spiral      two interleaved arms, radius up to 5; noise: uniform offset ±noise
//   plane       target (x + y)/10 from the noisy point; x, y uniform in the box
//   multi-gauss target from six signed bumps (max |bump|), TF Playground's regression set
//   three-class three Gaussian blobs on a circle of radius 3.5, std 0.5 + 3·noise, one-hot
//   blobs       like three-class with `classes` blobs
Dataset GenerateDataset(const GeneratorConfig& config);

}  // namespace descent

#endif  // DESCENT_CORE_DATA_GENERATORS_2D_H_
