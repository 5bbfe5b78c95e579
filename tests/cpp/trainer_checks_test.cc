// The trainer across every optimizer, schedule and sampling kind: it runs, it does not
// allocate while stepping, and it rejects bad settings with readable messages.
#include <gtest/gtest.h>

#include <cstdlib>
#include <limits>
#include <new>
#include <string>

#include "core/optim/trainer.h"
#include "trainer_test_objectives.h"

// Counts operator new calls so a test can show that stepping allocates nothing through it.
// (Eigen allocates with malloc; building with -DEIGEN_RUNTIME_NO_MALLOC checks that side too.)
// Test-only state: the core itself has no globals.
namespace {
int allocation_count = 0;
}  // namespace

void* operator new(std::size_t size) {
  ++allocation_count;
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p == nullptr) std::abort();  // no exceptions in the wasm build
  return p;
}
// GCC cannot see that these replace the global pair, and warns about free() after new.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace descent {
namespace trainer_test {
namespace {

TEST(TrainerChecksTest, EveryOptimizerAndScheduleRunsThroughTheTrainer) {
  for (size_t o = 0; o < OptimizerNames().size(); ++o) {
    for (size_t s = 0; s < ScheduleNames().size(); ++s) {
      CommuteLeastSquares data;
      TrainerConfig config = GradientDescent(0.01);
      config.optimizer.kind = static_cast<OptimizerKind>(o);
      config.schedule.kind = static_cast<ScheduleKind>(s);
      config.sampling.kind = SamplingKind::kWithReplacement;
      config.sampling.batch_size = 3;
      ASSERT_EQ(ValidateTrainer(config, data), "");
      Trainer trainer(&data, config, Eigen::Vector3d::Zero());
      EXPECT_EQ(trainer.Step(200), 200) << OptimizerNames()[o] << " " << ScheduleNames()[s];
      EXPECT_TRUE(trainer.params().allFinite());
      EXPECT_EQ(data.evaluations, 200);
    }
  }
}

TEST(TrainerChecksTest, SteppingDoesNotAllocate) {
  for (size_t o = 0; o < OptimizerNames().size(); ++o) {
    for (size_t k = 0; k < SamplingNames().size(); ++k) {
      CommuteLeastSquares data;
      TrainerConfig config = GradientDescent(0.01);
      config.optimizer.kind = static_cast<OptimizerKind>(o);
      config.sampling.kind = static_cast<SamplingKind>(k);
      config.sampling.batch_size = 2;
      config.stop.max_steps = 3000;
      config.history_capacity = 64;
      config.path_capacity = 32;
      Trainer trainer(&data, config, Eigen::Vector3d::Zero());
      const int before = allocation_count;
#ifdef EIGEN_RUNTIME_NO_MALLOC
      Eigen::internal::set_is_malloc_allowed(false);
#endif
      trainer.Step(5000);  // decimates both histories, stops on max steps (writes a message)
#ifdef EIGEN_RUNTIME_NO_MALLOC
      Eigen::internal::set_is_malloc_allowed(true);
#endif
      EXPECT_EQ(allocation_count, before) << OptimizerNames()[o] << " " << SamplingNames()[k];
      EXPECT_EQ(trainer.state(), RunState::kMaxSteps);
    }
  }
}

TEST(TrainerChecksTest, ValidationMessages) {
  CommuteLeastSquares data;
  QuadraticBowl bowl;
  EXPECT_EQ(ValidateTrainer(TrainerConfig(), data), "");
  TrainerConfig config;
  config.learning_rate = -1;
  EXPECT_EQ(ValidateTrainer(config, data), "learning rate must be a finite number > 0, got -1");
  config.learning_rate = std::numeric_limits<double>::quiet_NaN();
  EXPECT_EQ(ValidateTrainer(config, data), "learning rate must be a finite number > 0, got nan");
  config.learning_rate = 0;
  EXPECT_EQ(ValidateTrainer(config, data), "learning rate must be a finite number > 0, got 0");
  config = TrainerConfig();
  config.optimizer.kind = OptimizerKind::kMomentum;
  config.optimizer.momentum = 1.5;
  EXPECT_EQ(ValidateTrainer(config, data), "momentum must be in [0, 1), got 1.5");
  config = TrainerConfig();
  config.sampling.kind = SamplingKind::kWithoutReplacement;
  config.sampling.batch_size = 0;
  EXPECT_EQ(ValidateTrainer(config, data), "batch size must be at least 1, got 0");
  config.sampling.batch_size = 6;
  EXPECT_EQ(ValidateTrainer(config, data),
            "batch size must not exceed the number of samples (5), got 6");
  EXPECT_EQ(ValidateTrainer(config, bowl), "");  // no data: the batch size is not used
  config = TrainerConfig();
  config.schedule.kind = ScheduleKind::kStep;
  config.schedule.period = 0;
  EXPECT_EQ(ValidateTrainer(config, data), "decay period must be at least 1 step, got 0");
  config = TrainerConfig();
  config.schedule.kind = ScheduleKind::kCosine;
  config.schedule.min_rate = 1;
  EXPECT_EQ(ValidateTrainer(config, data),
            "minimum learning rate must not exceed the learning rate, got 1");
  config = TrainerConfig();
  config.stop.max_steps = -5;
  EXPECT_EQ(ValidateTrainer(config, data), "maximum steps must be >= 0 (0: no limit), got -5");
  config = TrainerConfig();
  config.stop.parameter_change_tol = -0.02;
  EXPECT_EQ(ValidateTrainer(config, data),
            "parameter change tolerance must be a finite number >= 0, got -0.02");
  config = TrainerConfig();
  config.stop.divergence_cost = 0;
  EXPECT_EQ(ValidateTrainer(config, data), "divergence threshold must be > 0, got 0");
  config = TrainerConfig();
  config.history_capacity = 1;
  EXPECT_EQ(ValidateTrainer(config, data), "cost history capacity must be at least 2, got 1");
  // Found by the option fuzzer (docs/robustness.md): the histories are reserved up front, so an
  // unbounded capacity was an allocation that failed (in wasm, an abort that killed the module).
  config.history_capacity = kMaxHistoryCapacity + 1;
  EXPECT_EQ(ValidateTrainer(config, data),
            "cost history capacity must be at most 1000000, got 1000001");
  config = TrainerConfig();
  config.path_capacity = 300'000'000;
  EXPECT_EQ(ValidateTrainer(config, data),
            "path capacity must be at most 1000000 for 3 parameters, got 300000000");
  config.record_path = false;  // no path, no bound
  EXPECT_EQ(ValidateTrainer(config, data), "");
}

TEST(TrainerChecksTest, PathCapacityBoundFollowsTheParameterCount) {
  // 2^24 recorded values at most (128 MB of doubles): 4,096 entries of 4,096 parameters.
  class ManyParameters : public Objective {
   public:
    int ParameterCount() const override { return 4096; }
    int SampleCount() const override { return 0; }
    double Evaluate(const Eigen::VectorXd&, const std::vector<int>&, Eigen::VectorXd*) override {
      return 0;
    }
  } objective;
  TrainerConfig config;
  config.path_capacity = 4096;
  EXPECT_EQ(ValidateTrainer(config, objective), "");
  config.path_capacity = 4097;
  EXPECT_EQ(ValidateTrainer(config, objective),
            "path capacity must be at most 4096 for 4096 parameters, got 4097");
}

}  // namespace
}  // namespace trainer_test
}  // namespace descent
