// NetworkHandle's data: reading the data options (a generator or the caller's points, split
// into training and test parts), replacing the data, and a point added by a click. The handle's
// life cycle and training are in network_handle.cpp.
#include "bindings/network_handle.h"

#include <emscripten/val.h>

#include <cmath>
#include <string>

#include "bindings/generator_options.h"
#include "bindings/js_args.h"

namespace descent::bindings {

using emscripten::val;

namespace {
constexpr double kMaxTestFraction = 0.9;
}  // namespace

TrainTestSplit NetworkHandle::ReadData(const val &data_options,
                                       const NetworkConfig &config,
                                       bool outputs_given,
                                       GeneratorConfig *generator,
                                       double *test_fraction) {
  GeneratorConfig gen = ReadGeneratorOptions(data_options);
  JsObjectReader in(data_options, "data set options");
  const double fraction = in.Number("testFraction", 0.5);
  const bool encoding_given = in.Has("encoding");
  in.ThrowIfAny();
  RequireRange(fraction, 0, kMaxTestFraction, "testFraction");
  // Sigmoid outputs and binary cross-entropy need 0/1 labels; tanh and linear
  // ones the ±1 labels of the seeds. Unless told, the labels follow the
  // network.
  if (!encoding_given) {
    gen.encoding = (config.output_activation == Activation::kSigmoid ||
                    config.cost == CostKind::kBinaryCrossEntropy)
                       ? LabelEncoding::kZeroOne
                       : LabelEncoding::kPlusMinusOne;
  }
  const Dataset data = GenerateDataset(gen);
  ThrowIfError(ValidateSplit(data.size(), fraction));
  if (outputs_given && data.target_dim() != config.outputs) {
    ThrowError("The data set '" + gen.name + "' has " +
               std::to_string(data.target_dim()) +
               " target(s) per point but the network has " +
               std::to_string(config.outputs) + " output(s).");
  }
  NetworkConfig check = config;
  check.outputs = data.target_dim();
  ThrowIfError(ValidateNetwork(check));
  *generator = gen;
  *test_fraction = fraction;
  return SplitTrainTest(data, fraction, gen.seed);
}

void NetworkHandle::SetData(const val &data_options) {
  GeneratorConfig generator;
  double test_fraction = 0;
  TrainTestSplit split = ReadData(data_options, network_->config(), true,
                                  &generator, &test_fraction);
  const char *task = "binary";
  switch (FindGenerator(generator.name)->task) {
  case GeneratorTask::kRegression:
    task = "regression";
    break;
  case GeneratorTask::kMultiClass:
    task = "multi-class";
    break;
  default:
    break;
  }
  generator_ = generator;
  test_fraction_ = test_fraction;
  task_ = task;
  split_ = std::move(split);
  ApplyData();
  landscape_.reset();
  const Eigen::VectorXd current = trainer_->params();
  BuildTrainer(current);
}

void NetworkHandle::AddPoint(double x, double y, double label) {
  RequireFinite(x, "x");
  RequireFinite(y, "y");
  RequireFinite(label, "label");
  if (split_.train.size() >= kMaxGeneratedPoints) {
    ThrowError("The training data already hold " +
               std::to_string(kMaxGeneratedPoints) +
               " points, the most allowed.");
  }
  const int outputs = network_->config().outputs;
  Eigen::RowVectorXd target = Eigen::RowVectorXd::Zero(outputs);
  if (task_ == "regression") {
    target[0] = label;
  } else if (task_ == "multi-class") {
    if (label != std::floor(label) || label < 0 || label >= outputs) {
      ThrowError("The class of a new point must be a whole number from 0 to " +
                 std::to_string(outputs - 1));
    }
    target[static_cast<int>(label)] = 1;
  } else {
    if (label != 0 && label != 1)
      ThrowError("The class of a new point must be 0 or 1");
    const double negative =
        generator_.encoding == LabelEncoding::kZeroOne ? 0.0 : -1.0;
    target[0] = label == 1 ? 1.0 : negative;
  }
  Dataset &train = split_.train;
  const int n = train.size();
  train.inputs.conservativeResize(n + 1, Eigen::NoChange);
  train.targets.conservativeResize(n + 1, Eigen::NoChange);
  train.inputs(n, 0) = x;
  train.inputs(n, 1) = y;
  train.targets.row(n) = target;
  ApplyData();
  landscape_.reset();
  const Eigen::VectorXd current = trainer_->params();
  BuildTrainer(current);
}

} // namespace descent::bindings
