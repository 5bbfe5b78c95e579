// NetworkSession: the Network lab's session logic (formerly in the bindings) run natively:
// refusals that leave the session unchanged, epoch-aligned stepping, histories and their
// decimation, data changes restarting the counters, and label encodings.
#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "core/net/network_session.h"
#include "gtest/gtest.h"

namespace descent {
namespace {

// 200 circle points, half of them for testing: 100 training points, 10 steps per epoch.
NetworkDataOptions CircleData() {
  NetworkDataOptions data;
  data.dataset = "circle";
  data.count = 200;
  data.noise = 0.1;
  data.seed = 5;
  data.test_fraction = 0.5;
  return data;
}

TrainerOptions Batches() {
  TrainerOptions trainer;
  trainer.learning_rate = 0.03;
  trainer.sampling = "without-replacement";
  trainer.batch_size = 10;
  trainer.seed = 7;
  return trainer;
}

std::unique_ptr<NetworkSession> Make(const NetworkOptions& network = NetworkOptions(),
                                     const NetworkDataOptions& data = CircleData(),
                                     const TrainerOptions& trainer = Batches()) {
  std::unique_ptr<NetworkSession> session;
  const std::string message = NetworkSession::Create(network, data, trainer, &session);
  EXPECT_EQ(message, "");
  return session;
}

// The refusal of Create, which must build nothing.
std::string Refusal(const NetworkOptions& network, const NetworkDataOptions& data = CircleData(),
                    const TrainerOptions& trainer = Batches()) {
  std::unique_ptr<NetworkSession> session;
  const std::string message = NetworkSession::Create(network, data, trainer, &session);
  EXPECT_EQ(session, nullptr);
  return message;
}

std::vector<double> Steps(const History& history) {
  return std::vector<double>(history.steps().begin(), history.steps().begin() + history.size());
}

TEST(NetworkSessionTest, CreateRefusesBadOptionsByName) {
  NetworkOptions network;
  network.output_activation = "softmax";
  EXPECT_NE(Refusal(network).find("softmax needs at least 2 outputs"), std::string::npos);
  network = NetworkOptions();
  network.hidden_activation = "swish";
  EXPECT_EQ(Refusal(network),
            "Unknown hidden activation 'swish'. Choose one of: sigmoid, tanh, relu, leaky-relu, "
            "linear, softplus.");
  network = NetworkOptions();
  network.features = {"x1", "x3"};
  EXPECT_NE(Refusal(network).find("Unknown feature 'x3'"), std::string::npos);
  network = NetworkOptions();
  network.hidden_sizes = {2, 0};
  EXPECT_NE(Refusal(network).find("(layer 2 has 0)"), std::string::npos);
  network.hidden_sizes = {2, 1.5};
  EXPECT_NE(Refusal(network).find("(layer 2 has 1.5)"), std::string::npos);
  network.hidden_sizes.assign(9, 2);
  EXPECT_NE(Refusal(network).find("at most 8 hidden layers"), std::string::npos);
  network = NetworkOptions();
  network.seed = -1;
  EXPECT_EQ(Refusal(network), "network seed must be between 0 and 9.0072e+15, got -1");
  network = NetworkOptions();
  network.outputs = 3;
  EXPECT_NE(Refusal(network).find("has 1 target(s) per point but the network has 3"),
            std::string::npos);

  NetworkDataOptions data = CircleData();
  data.dataset = "moons";
  EXPECT_NE(Refusal(NetworkOptions(), data).find("Unknown data set 'moons'"), std::string::npos);
  data = CircleData();
  data.test_fraction = 1;
  EXPECT_EQ(Refusal(NetworkOptions(), data), "testFraction must be between 0 and 0.9, got 1");
  data = CircleData();
  data.encoding = "plus-one";
  EXPECT_EQ(Refusal(NetworkOptions(), data),
            "Unknown label encoding 'plus-one'. Choose one of: plus-minus-one, zero-one.");
  TrainerOptions trainer = Batches();
  trainer.optimizer = "lbfgs";
  EXPECT_NE(Refusal(NetworkOptions(), CircleData(), trainer).find("Unknown optimizer 'lbfgs'"),
            std::string::npos);
}

TEST(NetworkSessionTest, StepRefusesOutOfRangeCountsAndChangesNothing) {
  auto session = Make();
  int ran = -1;
  EXPECT_EQ(session->Step(-1, &ran), "steps per call must be between 0 and 1e+06, got -1");
  EXPECT_EQ(ran, -1);
  EXPECT_NE(session->Step(NetworkSession::kMaxStepsPerCall + 1, &ran), "");
  EXPECT_NE(session->StepEpochs(-2, &ran), "");
  EXPECT_EQ(session->trainer().step_count(), 0);
  EXPECT_EQ(session->Step(0, &ran), "");
  EXPECT_EQ(ran, 0);
  EXPECT_EQ(session->delta_history().size(), 0);
}

TEST(NetworkSessionTest, StepRecordsEpochCostsAtEpochEndsAndLayerStatsOncePerCall) {
  auto session = Make();
  int ran = 0;
  ASSERT_EQ(session->Step(25, &ran), "");
  EXPECT_EQ(ran, 25);
  EXPECT_EQ(session->trainer().epoch(), 2);
  EXPECT_EQ(Steps(session->cost_history()), (std::vector<double>{0, 1, 2}));
  EXPECT_EQ(Steps(session->delta_history()), (std::vector<double>{25}));
  EXPECT_EQ(Steps(session->ratio_history()), (std::vector<double>{25}));
  EXPECT_EQ(session->delta_history().width(), 3);  // layers 1..L of a 2-4-2-1 network

  // One call of 25 steps and 25 calls of one step reach the same θ and the same epoch costs:
  // the batched call stops at each epoch boundary.
  auto single = Make();
  for (int i = 0; i < 25; ++i) ASSERT_EQ(single->Step(1, &ran), "");
  EXPECT_EQ(single->params(), session->params());
  EXPECT_EQ(single->cost_history().values(), session->cost_history().values());
  EXPECT_EQ(single->delta_history().size(), 25);
  EXPECT_EQ(single->delta_norms(), session->delta_norms());
}

TEST(NetworkSessionTest, StepEpochsSamplesLayerStatsAtEachEpochEnd) {
  auto session = Make();
  int ran = 0;
  ASSERT_EQ(session->Step(4, &ran), "");
  ASSERT_EQ(session->StepEpochs(3, &ran), "");
  EXPECT_EQ(ran, 26);  // the rest of epoch 1, then two whole epochs
  EXPECT_EQ(session->trainer().epoch(), 3);
  EXPECT_EQ(Steps(session->delta_history()), (std::vector<double>{4, 10, 20, 30}));
  EXPECT_EQ(Steps(session->cost_history()), (std::vector<double>{0, 1, 2, 3}));
}

TEST(NetworkSessionTest, HistoriesAreDecimatedToTheirCapacity) {
  TrainerOptions trainer = Batches();
  trainer.history_capacity = 4;
  auto session = Make(NetworkOptions(), CircleData(), trainer);
  int ran = 0;
  for (int call = 0; call < 20; ++call) ASSERT_EQ(session->Step(10, &ran), "");
  const History& layers = session->delta_history();
  EXPECT_LE(layers.size(), 4);
  EXPECT_GE(layers.size(), 2);
  // Entries keep their step numbers (the calls' last steps), in order; decimation thins them
  // by step number, so the first call's entry stays.
  const std::vector<double> steps = Steps(layers);
  EXPECT_EQ(steps.front(), 10);
  for (size_t i = 1; i < steps.size(); ++i) {
    EXPECT_GT(steps[i], steps[i - 1]);
    EXPECT_EQ(static_cast<int>(steps[i]) % 10, 0);
  }
  EXPECT_LE(session->cost_history().size(), 4);
  EXPECT_EQ(session->cost_history().steps()[0], 0);
}

TEST(NetworkSessionTest, ResetRerunsBitIdenticallyAndReinitializeDrawsNewWeights) {
  auto session = Make();
  int ran = 0;
  ASSERT_EQ(session->Step(37, &ran), "");
  const Eigen::VectorXd after = session->params();
  const std::vector<double> costs = session->cost_history().values();
  session->Reset();
  EXPECT_EQ(session->trainer().step_count(), 0);
  EXPECT_EQ(session->params(), session->initial_params());
  EXPECT_EQ(session->cost_history().size(), 1);
  ASSERT_EQ(session->Step(37, &ran), "");
  EXPECT_EQ(session->params(), after);
  EXPECT_EQ(session->cost_history().values(), costs);

  const Eigen::VectorXd initial = session->initial_params();
  EXPECT_EQ(session->Reinitialize(-3), "seed must be between 0 and 9.0072e+15, got -3");
  EXPECT_EQ(session->initial_params(), initial);
  ASSERT_EQ(session->Reinitialize(9), "");
  EXPECT_NE(session->initial_params(), initial);
  EXPECT_EQ(session->params(), session->initial_params());
}

TEST(NetworkSessionTest, SetDataKeepsWeightsAndRestartsCountersAndHistories) {
  auto session = Make();
  int ran = 0;
  ASSERT_EQ(session->Step(30, &ran), "");
  const Eigen::VectorXd weights = session->params();
  NetworkDataOptions data = CircleData();
  data.dataset = "three-class";
  EXPECT_NE(session->SetData(data).find("3 target(s) per point but the network has 1"),
            std::string::npos);
  EXPECT_EQ(session->trainer().step_count(), 30);  // refused: unchanged
  data = CircleData();
  data.dataset = "xor";
  data.count = 300;
  ASSERT_EQ(session->SetData(data), "");
  EXPECT_EQ(session->params(), weights);
  EXPECT_EQ(session->trainer().step_count(), 0);
  EXPECT_EQ(session->trainer().epoch(), 0);
  EXPECT_EQ(Steps(session->cost_history()), (std::vector<double>{0}));
  EXPECT_EQ(session->delta_history().size(), 0);
  EXPECT_EQ(session->data().train.size(), 150);

  ASSERT_EQ(session->Step(5, &ran), "");
  ASSERT_EQ(session->AddPoint(1, 2, 1), "");
  EXPECT_EQ(session->data().train.size(), 151);
  EXPECT_EQ(session->trainer().step_count(), 0);
  EXPECT_EQ(session->cost_history().size(), 1);
}

TEST(NetworkSessionTest, AddPointWritesLabelsInTheDataEncoding) {
  auto tanh_session = Make();  // tanh output: ±1 labels
  EXPECT_EQ(tanh_session->encoding(), LabelEncoding::kPlusMinusOne);
  ASSERT_EQ(tanh_session->AddPoint(0.5, -0.5, 0), "");
  const Dataset& plus_minus = tanh_session->data().train;
  EXPECT_EQ(plus_minus.targets(plus_minus.size() - 1, 0), -1);
  EXPECT_EQ(tanh_session->AddPoint(0, 0, 2), "The class of a new point must be 0 or 1");
  EXPECT_EQ(tanh_session->AddPoint(NAN, 0, 1), "x must be a finite number, got nan");
  EXPECT_EQ(tanh_session->data().train.size(), 101);

  NetworkOptions sigmoid;
  sigmoid.output_activation = "sigmoid";
  auto zero_one = Make(sigmoid);  // sigmoid output: 0/1 labels
  EXPECT_EQ(zero_one->encoding(), LabelEncoding::kZeroOne);
  for (int i = 0; i < zero_one->data().train.size(); ++i) {
    const double target = zero_one->data().train.targets(i, 0);
    EXPECT_TRUE(target == 0 || target == 1);
  }
  ASSERT_EQ(zero_one->AddPoint(0.5, -0.5, 0), "");
  EXPECT_EQ(zero_one->data().train.targets(100, 0), 0);

  NetworkDataOptions told = CircleData();
  told.encoding = "zero-one";
  EXPECT_EQ(Make(NetworkOptions(), told)->encoding(), LabelEncoding::kZeroOne);

  NetworkOptions softmax;
  softmax.output_activation = "softmax";
  softmax.cost = "categorical-cross-entropy";
  NetworkDataOptions classes = CircleData();
  classes.dataset = "three-class";
  auto multi = Make(softmax, classes);
  EXPECT_EQ(multi->task(), GeneratorTask::kMultiClass);
  EXPECT_EQ(std::string(GeneratorTaskName(multi->task())), "multi-class");
  ASSERT_EQ(multi->AddPoint(1, 1, 2), "");
  const Dataset& one_hot = multi->data().train;
  EXPECT_EQ(one_hot.targets.row(one_hot.size() - 1), Eigen::RowVector3d(0, 0, 1));
  EXPECT_EQ(multi->AddPoint(1, 1, 3),
            "The class of a new point must be a whole number from 0 to 2");

  NetworkOptions linear;
  linear.output_activation = "linear";
  NetworkDataOptions plane = CircleData();
  plane.dataset = "plane";
  auto regression = Make(linear, plane);
  EXPECT_EQ(regression->task(), GeneratorTask::kRegression);
  ASSERT_EQ(regression->AddPoint(1, 1, 0.37), "");
  EXPECT_EQ(regression->data().train.targets(100, 0), 0.37);
}

TEST(NetworkSessionTest, ParameterEditsAndReadsRefuseBadIndices) {
  auto session = Make();
  double value = 0;
  EXPECT_EQ(session->GetWeight(0, 0, 0, &value), "layer must be between 1 and 3, got 0");
  EXPECT_EQ(session->SetWeight(2, 2, 0, 1), "neuron index j must be between 0 and 1, got 2");
  EXPECT_EQ(session->SetWeight(1, 0, 5, 1), "input index k must be between 0 and 1, got 5");
  EXPECT_EQ(session->SetBias(1, 0, INFINITY), "bias must be a finite number, got inf");
  ASSERT_EQ(session->SetWeight(2, 1, 3, 0.25), "");
  ASSERT_EQ(session->GetWeight(2, 1, 3, &value), "");
  EXPECT_EQ(value, 0.25);
  EXPECT_EQ(session->SetParams(Eigen::VectorXd::Zero(3)), "parameters must have 25 numbers, got 3");
  Eigen::VectorXd bad = Eigen::VectorXd::Zero(25);
  bad[4] = NAN;
  EXPECT_EQ(session->SetParams(bad), "parameters[4] must be a finite number, got nan");
  ASSERT_EQ(session->SetParams(Eigen::VectorXd::Constant(25, 0.5)), "");
  EXPECT_EQ(session->params()[24], 0.5);
}

TEST(NetworkSessionTest, DiagnosticsRefuseBadRequests) {
  auto session = Make();
  const std::vector<float>* grid = nullptr;
  EXPECT_NE(session->Grid(1, -6, 6, -6, 6, &grid), "");
  EXPECT_EQ(session->Grid(8, 1, 1, -6, 6, &grid),
            "the grid box must have xMax > xMin and yMax > yMin");
  ASSERT_EQ(session->Grid(8, -6, 6, -6, 6, &grid), "");
  EXPECT_EQ(grid->size(), static_cast<size_t>(2 + 4 + 2 + 1) * 64);
  double cost = 0;
  EXPECT_EQ(session->Probe(100, false, &cost), "sample index must be between 0 and 99, got 100");
  ASSERT_EQ(session->Probe(3, true, &cost), "");
  EXPECT_EQ(cost, session->probe().cost());

  GradientCheckResult result;
  const std::vector<double> outside = {0, 25};
  EXPECT_EQ(session->GradientCheck(1e-5, false, &outside, &result),
            "indices[1] must be a whole number from 0 to 24, got 25");
  const std::vector<double> none;
  EXPECT_EQ(session->GradientCheck(1e-5, false, &none, &result),
            "indices must name at least one parameter");
  EXPECT_NE(session->GradientCheck(1, false, nullptr, &result), "");
  const std::vector<double> two = {7, 3};
  ASSERT_EQ(session->GradientCheck(1e-3, true, &two, &result), "");
  ASSERT_EQ(result.entries.size(), 2u);
  EXPECT_EQ(result.entries[0].index, 7);
  EXPECT_LT(result.max_relative_error, 1e-6);

  int rows = 0;
  const std::vector<double>* values = nullptr;
  EXPECT_EQ(session->LandscapeRows(1, &rows), "Call landscapeBegin first");
  EXPECT_EQ(session->LandscapeValues(&values), "Call landscapeBegin first");
  ASSERT_EQ(session->LandscapeBegin(5, 0.5, 2), "");
  ASSERT_EQ(session->LandscapeRows(2, &rows), "");
  EXPECT_EQ(rows, 2);
  ASSERT_EQ(session->LandscapeValues(&values), "");
  EXPECT_EQ(values->size(), 25u);
  // New data make the slice meaningless: it is dropped.
  ASSERT_EQ(session->AddPoint(0, 0, 1), "");
  EXPECT_EQ(session->landscape_resolution(), 0);
}

}  // namespace
}  // namespace descent
