// The training step and per-frame reads must not allocate (docs/architecture.md:
// "Stepping never allocates"). Counted by interposing glibc's malloc, which Eigen and operator
// new both reach; elsewhere (wasm, sanitizers, other C libraries) the test is skipped.
#include <cmath>
#include <cstddef>
#include <memory>
#include <vector>

#include "core/diagnostics/landscape.h"
#include "core/net/network.h"
#include "core/net/network_grid.h"
#include "core/net/network_metrics.h"
#include "core/net/network_probe.h"
#include "core/net/network_session.h"
#include "core/random.h"
#include "gtest/gtest.h"

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer)
#define DESCENT_SANITIZED 1
#endif
#endif
#if defined(__GLIBC__) && !defined(__EMSCRIPTEN__) && !defined(__SANITIZE_ADDRESS__) && \
    !defined(__SANITIZE_THREAD__) && !defined(DESCENT_SANITIZED)
#define DESCENT_COUNT_MALLOC 1
// Test-only process state: an interposed malloc has nowhere else to keep its counter.
namespace {
bool counting = false;
long allocations = 0;
}  // namespace
extern "C" void* __libc_malloc(size_t size);
extern "C" void* malloc(size_t size) {
  if (counting) ++allocations;
  return __libc_malloc(size);
}
#endif

namespace descent {
namespace {

TEST(NetworkAllocationTest, StepAndFrameReadsDoNotAllocate) {
#ifndef DESCENT_COUNT_MALLOC
  GTEST_SKIP() << "malloc counting needs glibc without sanitizers";
#else
  NetworkConfig config;
  config.features = {Feature::kX1, Feature::kX2, Feature::kX1Squared};
  config.hidden_sizes = {8, 8, 8};
  config.output_activation = Activation::kSoftmax;
  config.outputs = 3;
  config.cost = CostKind::kCategoricalCrossEntropy;
  config.regularization = Regularization::kL2;
  config.regularization_rate = 0.001;
  Network network(config);
  Random random(1);
  RowMatrix inputs(300, 2), targets = RowMatrix::Zero(300, 3);
  for (int i = 0; i < 300; ++i) {
    inputs(i, 0) = random.Uniform(-1, 1);
    inputs(i, 1) = random.Uniform(-1, 1);
    targets(i, random.UniformInt(3)) = 1;
  }
  ASSERT_EQ(network.SetData(inputs, targets), "");
  ASSERT_EQ(network.SetTestData(inputs, targets), "");
  Eigen::VectorXd params, gradient(network.ParameterCount());
  network.Initialize(&params, &random);
  const std::vector<int> batch = {1, 5, 9, 13, 17, 21, 25, 29, 33, 37};
  NetworkProbe probe(&network);
  NetworkGrid grid(&network, 20);
  NetworkMetrics metrics(&network);
  LossLandscape landscape(&network, params, NetworkFilters(network.layout()), LandscapeConfig());
  auto frame = [&]() {
    for (int step = 0; step < 5; ++step) {
      network.Evaluate(params, batch, &gradient);
      params -= 0.1 * gradient;
    }
    network.Evaluate(params, {}, &gradient);  // full batch: two chunks of columns
    network.Cost(params, DataSplit::kTest);
    probe.TraceSample(params, DataSplit::kTrain, 3);
    grid.Evaluate(params, -1, 1, -1, 1);
    metrics.Compute(params, DataSplit::kTest);
    landscape.ComputeRows(0, 2);
  };
  frame();  // warm-up
  // The counter sees allocations at all (the interposition took effect).
  allocations = 0;
  counting = true;
  Eigen::VectorXd* probe_vector = new Eigen::VectorXd(100);
  counting = false;
  delete probe_vector;
  ASSERT_GE(allocations, 2);
  allocations = 0;
  counting = true;
  frame();
  counting = false;
  EXPECT_EQ(allocations, 0);
#endif
}

// The Network lab's frame through its session: step(n) across epoch boundaries (histories
// recorded), stepEpochs, and the reads the page makes each frame.
TEST(NetworkAllocationTest, SessionStepAndFrameReadsDoNotAllocate) {
#ifndef DESCENT_COUNT_MALLOC
  GTEST_SKIP() << "malloc counting needs glibc without sanitizers";
#else
  NetworkOptions network;
  network.hidden_sizes = {8, 8};
  NetworkDataOptions data;
  data.dataset = "spiral";
  data.count = 400;
  TrainerOptions trainer;
  trainer.optimizer = "adam";
  trainer.sampling = "without-replacement";
  trainer.batch_size = 10;
  std::unique_ptr<NetworkSession> session;
  ASSERT_EQ(NetworkSession::Create(network, data, trainer, &session), "");
  const std::vector<float>* grid = nullptr;
  const std::vector<double>* costs = nullptr;
  int ran = 0;
  double cost = 0;
  double checksum = 0;
  auto frame = [&]() {
    ASSERT_EQ(session->Step(37, &ran), "");
    ASSERT_EQ(session->StepEpochs(1, &ran), "");
    checksum += session->TrainCost() + session->TestCost() + session->Accuracy(true);
    checksum += session->Confusion(false)[0];
    ASSERT_EQ(session->Grid(24, -6, 6, -6, 6, &grid), "");
    ASSERT_EQ(session->Grid(10, -6, 6, -6, 6, &grid), "");
    ASSERT_EQ(session->Probe(5, false, &cost), "");
    ASSERT_EQ(session->LandscapeRows(1, &ran), "");
    ASSERT_EQ(session->LandscapeValues(&costs), "");
  };
  ASSERT_EQ(session->LandscapeBegin(9, 0.5, 1), "");
  frame();  // warm-up: the grids' caches
  allocations = 0;
  counting = true;
  frame();
  counting = false;
  EXPECT_EQ(allocations, 0);
  EXPECT_TRUE(std::isfinite(checksum));
#endif
}

}  // namespace
}  // namespace descent
