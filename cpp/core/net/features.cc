#include "core/net/features.h"

#include <cmath>
#include <iterator>

namespace descent {

namespace {

constexpr const char* kFeatureNames[] = {"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"};
constexpr int kFeatureCount = 7;

}  // namespace

const std::vector<std::string>& FeatureNames() {
  static const std::vector<std::string> names(std::begin(kFeatureNames), std::end(kFeatureNames));
  return names;
}

const char* FeatureName(Feature feature) { return kFeatureNames[static_cast<int>(feature)]; }

bool FeatureFromName(const std::string& name, Feature* feature) {
  for (int i = 0; i < kFeatureCount; ++i) {
    if (name == kFeatureNames[i]) {
      *feature = static_cast<Feature>(i);
      return true;
    }
  }
  return false;
}

double FeatureValue(Feature feature, double x1, double x2) {
  switch (feature) {
    case Feature::kX1:
      return x1;
    case Feature::kX2:
      return x2;
    case Feature::kX1Squared:
      return x1 * x1;
    case Feature::kX2Squared:
      return x2 * x2;
    case Feature::kX1TimesX2:
      return x1 * x2;
    case Feature::kSinX1:
      return std::sin(x1);
    case Feature::kSinX2:
      return std::sin(x2);
  }
  return 0;
}

void ComputeFeatures(const std::vector<Feature>& features, double x1, double x2, double* out) {
  for (size_t i = 0; i < features.size(); ++i) out[i] = FeatureValue(features[i], x1, x2);
}

}  // namespace descent
