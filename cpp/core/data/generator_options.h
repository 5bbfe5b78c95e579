// A 2-D data set's options as the caller names them (the JS option names, in snake case), turned
// into a validated GeneratorConfig. Shared by every lab that draws a generated data set.
#ifndef DESCENT_CORE_DATA_GENERATOR_OPTIONS_H_
#define DESCENT_CORE_DATA_GENERATOR_OPTIONS_H_

#include <string>

#include "core/data/generators_2d.h"

namespace descent {

struct GeneratorOptions {
  std::string dataset = GeneratorConfig().name;  // GeneratorNames()
  int count = GeneratorConfig().count;
  double noise = GeneratorConfig().noise;
  double seed = 1;       // a JS number: a whole number from 0 to kMaxSeed
  std::string encoding;  // LabelEncodingNames(); empty: the caller's default
  int classes = GeneratorConfig().classes;
};

// "" and *config filled, or the first refusal. An empty encoding gives `default_encoding`.
std::string MakeGeneratorConfig(const GeneratorOptions& options, LabelEncoding default_encoding,
                                GeneratorConfig* config);

}  // namespace descent

#endif  // DESCENT_CORE_DATA_GENERATOR_OPTIONS_H_
