#include "bindings/perceptron_handle.h"

#include "bindings/js_args.h"
#include "bindings/linear_args.h"
#include "bindings/refusal.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
constexpr int kMaxVisitsPerCall = 10'000'000;
constexpr int kMaxEpochs = 1'000'000;
}  // namespace

PerceptronHandle* PerceptronHandle::Create(const val& inputs, int input_dim, const val& labels,
                                           const val& options, const val& initial) {
  JsObjectReader in(options, "perceptron options");
  PerceptronConfig config;
  double seed = 1;
  in.Number("learningRate", &config.learning_rate);
  in.Integer("maxEpochs", &config.max_epochs);
  in.Bool("shuffle", &config.shuffle);
  in.Number("seed", &seed);
  std::string message = in.error();
  if (message.empty()) message = CheckRange(seed, 0, kMaxSeed, "seed");
  if (message.empty()) message = CheckRange(config.max_epochs, 1, kMaxEpochs, "maxEpochs");
  RowMatrix design;
  Eigen::VectorXd y, start;
  if (message.empty()) message = ReadLinearData(inputs, input_dim, labels, &design, &y);
  if (message.empty()) {
    message = ReadNumberArray(initial, static_cast<int>(design.cols()), "initial weights", &start);
  }
  config.seed = message.empty() ? static_cast<uint64_t>(seed) : 0;
  if (message.empty()) message = Perceptron::Validate(design, y, config);
  if (Refused(message)) return nullptr;
  return new PerceptronHandle(design, y, config, start);
}

int PerceptronHandle::Step(int n) {
  if (Refused(CheckRange(n, 0, kMaxVisitsPerCall, "visits per call"))) return 0;
  return perceptron_.Step(n);
}

val PerceptronHandle::Weights() const { return View(perceptron_.weights()); }

val PerceptronHandle::MistakesPerEpoch() const {
  val out = val::array();
  for (int m : perceptron_.mistakes_per_epoch()) out.call<void>("push", m);
  return out;
}

}  // namespace descent::bindings
