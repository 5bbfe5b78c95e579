#include "core/data/generators_2d.h"

#include <algorithm>
#include <cmath>

#include "core/message.h"
#include "core/random.h"

namespace descent {
namespace {

constexpr double kPi = 3.14159265358979323846;

const GeneratorInfo kGenerators[] = {
    {"circle", GeneratorTask::kBinary, "a disc of one class inside a ring of the other"},
    {"xor", GeneratorTask::kBinary, "opposite quadrants share a class"},
    {"gauss", GeneratorTask::kBinary, "two Gaussian clouds"},
    {"spiral", GeneratorTask::kBinary, "two interleaved spiral arms"},
    {"plane", GeneratorTask::kRegression, "a tilted plane, target (x + y) / 10"},
    {"multi-gauss", GeneratorTask::kRegression, "six signed Gaussian bumps"},
    {"three-class", GeneratorTask::kMultiClass, "three Gaussian blobs, one-hot targets"},
    {"blobs", GeneratorTask::kMultiClass, "k Gaussian blobs (3 to 8), one-hot targets"},
};
constexpr int kGeneratorCount = sizeof(kGenerators) / sizeof(kGenerators[0]);

double Clamp(double value) {
  return std::min(std::max(value, -kPlaygroundExtent), kPlaygroundExtent);
}

// Number of samples of class c when n samples alternate over k classes (i mod k).
int ClassSize(int n, int k, int c) { return n / k + (c < n % k ? 1 : 0); }

struct Point {
  double x, y;
};

// Each Draw* takes the sample index and class and always consumes the same number of draws,
// so the noise level never changes which clean point a sample gets.
Point DrawCircle(bool positive, double noise, Random* random) {
  const double radius = 5.0;
  const double r =
      positive ? random->Uniform(0.0, 0.5 * radius) : random->Uniform(0.7 * radius, radius);
  const double angle = random->Uniform(0.0, 2.0 * kPi);
  const double offset_x = random->Uniform(-radius, radius) * noise;
  const double offset_y = random->Uniform(-radius, radius) * noise;
  return {r * std::sin(angle) + offset_x, r * std::cos(angle) + offset_y};
}

Point DrawXor(bool positive, double noise, Random* random) {
  const double padding = 0.3;  // keeps clean points off the axes, where the label flips
  const double ax = random->Uniform(0.0, 5.0) + padding;
  const double ay = random->Uniform(0.0, 5.0) + padding;
  const bool flip = random->UniformInt(2) == 1;
  const double sx = flip ? -1.0 : 1.0;
  const double sy = positive ? sx : -sx;
  const double offset_x = random->Uniform(-5.0, 5.0) * noise;
  const double offset_y = random->Uniform(-5.0, 5.0) * noise;
  return {sx * ax + offset_x, sy * ay + offset_y};
}

Point DrawGauss(bool positive, double noise, Random* random) {
  const double center = positive ? 2.0 : -2.0;
  // TF Playground maps noise 0..0.5 to variance 0.5..4.
  const double deviation = std::sqrt(0.5 + 7.0 * noise);
  const double gx = random->Normal();
  const double gy = random->Normal();
  return {center + deviation * gx, center + deviation * gy};
}

Point DrawSpiral(int index_in_class, int class_size, bool positive, double noise, Random* random) {
  const double fraction = static_cast<double>(index_in_class) / std::max(class_size, 1);
  const double r = 5.0 * fraction;
  const double t = 1.75 * fraction * 2.0 * kPi + (positive ? 0.0 : kPi);
  const double offset_x = random->Uniform(-1.0, 1.0) * noise;
  const double offset_y = random->Uniform(-1.0, 1.0) * noise;
  return {r * std::sin(t) + offset_x, r * std::cos(t) + offset_y};
}

double MultiGaussTarget(double x, double y) {
  static const double kBumps[6][3] = {{-4, 2.5, 1},   {0, 2.5, -1}, {4, 2.5, 1},
                                      {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
  double best = 0.0;
  for (const auto& bump : kBumps) {
    const double distance = std::hypot(x - bump[0], y - bump[1]);
    const double value = bump[2] * std::max(0.0, 1.0 - distance / 2.0);
    if (std::fabs(value) > std::fabs(best)) best = value;
  }
  return best;
}

void FillBinary(const GeneratorConfig& config, Random* random, Dataset* data) {
  const int n = config.count;
  for (int i = 0; i < n; ++i) {
    const bool positive = i % 2 == 0;
    Point p{0, 0};
    if (config.name == "circle") {
      p = DrawCircle(positive, config.noise, random);
    } else if (config.name == "xor") {
      p = DrawXor(positive, config.noise, random);
    } else if (config.name == "gauss") {
      p = DrawGauss(positive, config.noise, random);
    } else {
      p = DrawSpiral(i / 2, ClassSize(n, 2, i % 2), positive, config.noise, random);
    }
    data->inputs(i, 0) = Clamp(p.x);
    data->inputs(i, 1) = Clamp(p.y);
    if (config.encoding == LabelEncoding::kZeroOne) {
      data->targets(i, 0) = positive ? 1.0 : 0.0;
    } else {
      data->targets(i, 0) = positive ? 1.0 : -1.0;
    }
  }
}

void FillRegression(const GeneratorConfig& config, Random* random, Dataset* data) {
  for (int i = 0; i < config.count; ++i) {
    const double x = random->Uniform(-kPlaygroundExtent, kPlaygroundExtent);
    const double y = random->Uniform(-kPlaygroundExtent, kPlaygroundExtent);
    // Noise moves the point the target is read at, not the point shown (TF Playground).
    const double noisy_x =
        x + random->Uniform(-kPlaygroundExtent, kPlaygroundExtent) * config.noise;
    const double noisy_y =
        y + random->Uniform(-kPlaygroundExtent, kPlaygroundExtent) * config.noise;
    data->inputs(i, 0) = x;
    data->inputs(i, 1) = y;
    data->targets(i, 0) =
        config.name == "plane" ? (noisy_x + noisy_y) / 10.0 : MultiGaussTarget(noisy_x, noisy_y);
  }
}

void FillBlobs(const GeneratorConfig& config, int classes, Random* random, Dataset* data) {
  const double deviation = 0.5 + 3.0 * config.noise;
  data->targets.setZero();
  for (int i = 0; i < config.count; ++i) {
    const int c = i % classes;
    const double angle = 0.5 * kPi + 2.0 * kPi * c / classes;
    const double gx = random->Normal();
    const double gy = random->Normal();
    data->inputs(i, 0) = Clamp(3.5 * std::cos(angle) + deviation * gx);
    data->inputs(i, 1) = Clamp(3.5 * std::sin(angle) + deviation * gy);
    data->targets(i, c) = 1.0;
  }
}

}  // namespace

const GeneratorInfo* GeneratorTable(int* count) {
  *count = kGeneratorCount;
  return kGenerators;
}

const char* GeneratorTaskName(GeneratorTask task) {
  switch (task) {
    case GeneratorTask::kBinary:
      return "binary";
    case GeneratorTask::kRegression:
      return "regression";
    case GeneratorTask::kMultiClass:
      return "multi-class";
  }
  return "binary";
}

const std::vector<std::string>& GeneratorNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> list;
    for (const GeneratorInfo& info : kGenerators) list.push_back(info.name);
    return list;
  }();
  return names;
}

const GeneratorInfo* FindGenerator(const std::string& name) {
  for (const GeneratorInfo& info : kGenerators) {
    if (name == info.name) return &info;
  }
  return nullptr;
}

std::string ValidateGenerator(const GeneratorConfig& config) {
  MessageBuilder message;
  const GeneratorInfo* info = FindGenerator(config.name);
  if (info == nullptr) {
    message << "unknown data set '" << config.name << "'; expected one of";
    for (int i = 0; i < kGeneratorCount; ++i) {
      message << (i == 0 ? " " : ", ") << kGenerators[i].name;
    }
    return message.str();
  }
  if (config.count < kMinGeneratedPoints || config.count > kMaxGeneratedPoints) {
    message << "number of points must be between " << kMinGeneratedPoints << " and "
            << kMaxGeneratedPoints << " (got " << config.count << ")";
    return message.str();
  }
  if (!std::isfinite(config.noise) || config.noise < 0.0 || config.noise > kMaxGeneratorNoise) {
    message << "noise must be between 0 and " << kMaxGeneratorNoise << " (got " << config.noise
            << ")";
    return message.str();
  }
  if (config.name == "blobs" &&
      (config.classes < kMinBlobClasses || config.classes > kMaxBlobClasses)) {
    message << "number of classes must be between " << kMinBlobClasses << " and " << kMaxBlobClasses
            << " (got " << config.classes << ")";
    return message.str();
  }
  if (info->task == GeneratorTask::kMultiClass) {
    const int classes = config.name == "blobs" ? config.classes : 3;
    if (config.count < classes) {
      message << "need at least " << classes << " points for " << classes << " classes (got "
              << config.count << ")";
      return message.str();
    }
  }
  return "";
}

Dataset GenerateDataset(const GeneratorConfig& config) {
  Dataset data;
  if (!ValidateGenerator(config).empty()) {
    data.inputs.resize(0, 2);
    data.targets.resize(0, 1);
    return data;
  }
  const GeneratorInfo* info = FindGenerator(config.name);
  const int classes = config.name == "blobs" ? config.classes : 3;
  data.inputs.resize(config.count, 2);
  data.targets.resize(config.count, info->task == GeneratorTask::kMultiClass ? classes : 1);
  Random random(config.seed);
  switch (info->task) {
    case GeneratorTask::kBinary:
      FillBinary(config, &random, &data);
      break;
    case GeneratorTask::kRegression:
      FillRegression(config, &random, &data);
      break;
    case GeneratorTask::kMultiClass:
      FillBlobs(config, classes, &random, &data);
      break;
  }
  return data;
}

}  // namespace descent
