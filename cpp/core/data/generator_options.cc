#include "core/data/generator_options.h"

#include "core/message.h"

namespace descent {

std::string MakeGeneratorConfig(const GeneratorOptions& options, LabelEncoding default_encoding,
                                GeneratorConfig* config) {
  GeneratorConfig result;
  if (FindGenerator(options.dataset) == nullptr) {
    return UnknownName("data set", options.dataset, GeneratorNames());
  }
  result.name = options.dataset;
  result.count = options.count;
  result.noise = options.noise;
  result.classes = options.classes;
  std::string message = CheckRange(options.seed, 0, kMaxSeed, "seed");
  if (!message.empty()) return message;
  result.seed = static_cast<uint64_t>(options.seed);
  result.encoding = default_encoding;
  if (!options.encoding.empty() && !LabelEncodingFromName(options.encoding, &result.encoding)) {
    return UnknownName("label encoding", options.encoding, LabelEncodingNames());
  }
  message = ValidateGenerator(result);
  if (message.empty()) *config = result;
  return message;
}

}  // namespace descent
