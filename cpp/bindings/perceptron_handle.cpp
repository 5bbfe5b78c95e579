#include "bindings/perceptron_handle.h"

#include "bindings/js_args.h"
#include "bindings/linear_args.h"

namespace descent::bindings {

using emscripten::val;

namespace {
constexpr int kMaxVisitsPerCall = 10'000'000;
} // namespace

PerceptronHandle *PerceptronHandle::Create(const val &inputs, int input_dim,
                                           const val &labels,
                                           const val &options,
                                           const val &initial) {
  JsObjectReader in(options, "perceptron options");
  PerceptronConfig config;
  config.learning_rate = in.Number("learningRate", config.learning_rate);
  config.max_epochs = in.Integer("maxEpochs", config.max_epochs);
  config.shuffle = in.Bool("shuffle", config.shuffle);
  const double seed = in.Number("seed", 1);
  in.ThrowIfAny();
  RequireRange(seed, 0, 9007199254740991.0, "seed");
  RequireRange(config.max_epochs, 1, 1000000, "maxEpochs");
  config.seed = static_cast<uint64_t>(seed);
  RowMatrix design;
  Eigen::VectorXd y;
  ReadLinearData(inputs, input_dim, labels, &design, &y);
  const Eigen::VectorXd start = ReadNumberArray(
      initial, static_cast<int>(design.cols()), "initial weights");
  ThrowIfError(Perceptron::Validate(design, y, config));
  return new PerceptronHandle(design, y, config, start);
}

int PerceptronHandle::Step(int n) {
  RequireRange(n, 0, kMaxVisitsPerCall, "visits per call");
  return perceptron_.Step(n);
}

val PerceptronHandle::Weights() const { return View(perceptron_.weights()); }

val PerceptronHandle::MistakesPerEpoch() const {
  val out = val::array();
  for (int m : perceptron_.mistakes_per_epoch())
    out.call<void>("push", m);
  return out;
}

} // namespace descent::bindings
