// NetworkSession's data: reading the data options (a generator split into training and test
// parts), replacing the data, and a point added by a click, written in the data's label
// encoding. The life cycle and training are in network_session.cc.
#include <cmath>

#include "core/message.h"
#include "core/net/network_session.h"

namespace descent {

std::string NetworkSession::ReadData(const NetworkDataOptions& data, const NetworkConfig& config,
                                     bool outputs_given, GeneratorConfig* generator,
                                     TrainTestSplit* split) {
  // Sigmoid outputs and binary cross-entropy need 0/1 labels; tanh and linear ones the ±1
  // labels of the seeds. Unless told, the labels follow the network.
  const bool zero_one = config.output_activation == Activation::kSigmoid ||
                        config.cost == CostKind::kBinaryCrossEntropy;
  GeneratorConfig made;
  std::string message = MakeGeneratorConfig(
      data, zero_one ? LabelEncoding::kZeroOne : LabelEncoding::kPlusMinusOne, &made);
  if (message.empty()) {
    message = CheckRange(data.test_fraction, 0, kMaxTestFraction, "testFraction");
  }
  if (!message.empty()) return message;
  Dataset points = GenerateDataset(made);
  message = ValidateSplit(points.size(), data.test_fraction);
  if (!message.empty()) return message;
  if (outputs_given && points.target_dim() != config.outputs) {
    MessageBuilder mismatch;
    mismatch << "The data set '" << made.name << "' has " << points.target_dim()
             << " target(s) per point but the network has " << config.outputs << " output(s).";
    return mismatch.str();
  }
  NetworkConfig check = config;
  check.outputs = points.target_dim();
  message = ValidateNetwork(check);
  if (!message.empty()) return message;
  *generator = made;
  *split = SplitTrainTest(points, data.test_fraction, made.seed);
  return "";
}

std::string NetworkSession::SetData(const NetworkDataOptions& data) {
  GeneratorConfig generator;
  TrainTestSplit split;
  std::string message = ReadData(data, network_->config(), true, &generator, &split);
  if (!message.empty()) return message;
  generator_ = generator;
  task_ = FindGenerator(generator.name)->task;
  split_ = std::move(split);
  ApplyData();
  return "";
}

std::string NetworkSession::AddPoint(double x, double y, double label) {
  std::string message = CheckFinite(x, "x");
  if (message.empty()) message = CheckFinite(y, "y");
  if (message.empty()) message = CheckFinite(label, "label");
  if (!message.empty()) return message;
  MessageBuilder refusal;
  if (split_.train.size() >= kMaxGeneratedPoints) {
    refusal << "The training data already hold " << kMaxGeneratedPoints
            << " points, the most allowed.";
    return refusal.str();
  }
  const int outputs = network_->config().outputs;
  Eigen::RowVectorXd target = Eigen::RowVectorXd::Zero(outputs);
  switch (task_) {
    case GeneratorTask::kRegression:
      target[0] = label;
      break;
    case GeneratorTask::kMultiClass:
      if (label != std::floor(label) || label < 0 || label >= outputs) {
        refusal << "The class of a new point must be a whole number from 0 to " << outputs - 1;
        return refusal.str();
      }
      target[static_cast<int>(label)] = 1;
      break;
    case GeneratorTask::kBinary:
      if (label != 0 && label != 1) return "The class of a new point must be 0 or 1";
      target[0] = label == 1 ? 1.0 : (encoding() == LabelEncoding::kZeroOne ? 0.0 : -1.0);
      break;
  }
  Dataset& train = split_.train;
  const int n = train.size();
  train.inputs.conservativeResize(n + 1, Eigen::NoChange);
  train.targets.conservativeResize(n + 1, Eigen::NoChange);
  train.inputs(n, 0) = x;
  train.inputs(n, 1) = y;
  train.targets.row(n) = target;
  ApplyData();
  return "";
}

void NetworkSession::ApplyData() {
  // Widths match the network (checked by ReadData, kept by AddPoint): these cannot refuse.
  network_->SetData(split_.train.inputs, split_.train.targets);
  network_->SetTestData(split_.test.inputs, split_.test.targets);
  landscape_.reset();
  const Eigen::VectorXd current = trainer_->params();
  BuildTrainer(current);
}

}  // namespace descent
