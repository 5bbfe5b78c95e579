// Input features computed from a 2-D point (x1, x2), as in TensorFlow Playground: the network's
// layer 0 is the chosen features, so a student can make a circle separable by adding x1².
#ifndef DESCENT_CORE_NET_FEATURES_H_
#define DESCENT_CORE_NET_FEATURES_H_

#include <string>
#include <vector>

namespace descent {

enum class Feature { kX1, kX2, kX1Squared, kX2Squared, kX1TimesX2, kSinX1, kSinX2 };

// "x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)".
const std::vector<std::string>& FeatureNames();
const char* FeatureName(Feature feature);
bool FeatureFromName(const std::string& name, Feature* feature);

double FeatureValue(Feature feature, double x1, double x2);

// out[i] = FeatureValue(features[i], x1, x2).
void ComputeFeatures(const std::vector<Feature>& features, double x1, double x2, double* out);

}  // namespace descent

#endif  // DESCENT_CORE_NET_FEATURES_H_
