// The Descent benchmark harness: the six workloads of bench/README (network training, network
// grid, one Network-lab frame, regression valley, loss-landscape slice, valley race) run on the
// C++ core. The same file is compiled natively (bench_native) and with Emscripten into a Node
// program (bench_wasm), so the two timings compare the same code.
//
// Output: one JSON object per line (scripts/bench.mjs parses them), e.g.
//   {"workload":"train","case":"6x8 tanh, batch 10","impl":"native","unit":"samples/s",
//    "better":"higher","value":123.4,"runs":[...],"check":0.12}
// `value` is the median of the runs; `check` is a number computed by the workload (a cost, a
// grid sum) that must agree across builds, so a build that skipped work would show.
//
// Usage: bench_native [--quick] [--reps N] [--only NAME] [--impl LABEL] [--wall]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/data/generators_2d.h"
#include "core/diagnostics/landscape.h"
#include "core/linear/design_matrix.h"
#include "core/linear/least_squares_objective.h"
#include "core/net/network.h"
#include "core/net/network_config.h"
#include "core/net/network_grid.h"
#include "core/optim/optimizer.h"
#include "core/optim/trainer.h"
#include "core/random.h"
#include "core/surfaces/surface.h"
#include "core/surfaces/surface_objective.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

namespace descent::bench {
namespace {

struct Options {
  bool quick = false;
  int reps = 5;
  std::string only;
  std::string impl = "native";
  double min_seconds = 0.25;  // each timed run repeats its body until at least this long
};

// The clock. The development machine is shared (load average often 5 to 10 times its core
// count), and wall time then varies tenfold between runs of the same code, so by default every
// implementation is timed by the CPU time of its own process: natively
// CLOCK_PROCESS_CPUTIME_ID, in Node process.cpuUsage() (user + system, microseconds). The
// harness is single-threaded; in Node the figure also includes V8's helper threads (GC,
// compilation), which after the warm-up is small. --wall switches to the steady wall clock.
bool g_wall_clock = false;

#ifdef __EMSCRIPTEN__
EM_JS(double, ProcessCpuSeconds, (), {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
});
#else
double ProcessCpuSeconds() {
  timespec now;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
  return now.tv_sec + 1e-9 * now.tv_nsec;
}
#endif

double Now() {
  if (!g_wall_clock) return ProcessCpuSeconds();
  using Clock = std::chrono::steady_clock;
  return std::chrono::duration<double>(Clock::now().time_since_epoch()).count();
}

// Runs `body` (which does `units` units of work) repeatedly for at least min_seconds and
// returns units per second. Calls are timed in groups of at least ~2 ms, so the clock's own
// cost (a system call) and resolution stay negligible for the short bodies.
double Rate(const std::function<void()>& body, double units, double min_seconds) {
  // Warm-up (at least one call, for half the measuring time): first touch of buffers, caches,
  // and in the JS programs the JIT's optimising tier. It also sizes the groups.
  const double warm_start = Now();
  int warm_calls = 0;
  do {
    body();
    ++warm_calls;
  } while (Now() - warm_start < 0.5 * min_seconds);
  const double per_call = (Now() - warm_start) / warm_calls;
  const int group = std::max(1, static_cast<int>(0.002 / std::max(per_call, 1e-9)));
  long calls = 0;
  const double start = Now();
  double elapsed = 0;
  do {
    for (int i = 0; i < group; ++i) body();
    calls += group;
    elapsed = Now() - start;
  } while (elapsed < min_seconds);
  return units * calls / elapsed;
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t n = values.size();
  return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

// Prints one JSON line. Rates are units/s; with per_ms the reported values are 1000/rate,
// milliseconds per unit (lower is better).
void Report(const Options& options, const char* workload, const std::string& name, const char* unit,
            const std::vector<double>& rates, bool per_ms, double check) {
  std::vector<double> values;
  for (double r : rates) values.push_back(per_ms ? 1000.0 / r : r);
  std::printf(
      "{\"workload\":\"%s\",\"case\":\"%s\",\"impl\":\"%s\",\"unit\":\"%s\","
      "\"better\":\"%s\",\"value\":%.6g,\"runs\":[",
      workload, name.c_str(), options.impl.c_str(), unit, per_ms ? "lower" : "higher",
      Median(values));
  for (size_t i = 0; i < values.size(); ++i) std::printf("%s%.6g", i ? "," : "", values[i]);
  std::printf("],\"check\":%.9g}\n", check);
  std::fflush(stdout);
}

// ---- the network of workloads 1, 2, 3 and 5 ----

NetworkConfig BenchNetworkConfig() {
  NetworkConfig config;
  config.features = {Feature::kX1, Feature::kX2};
  config.hidden_sizes = std::vector<int>(6, 8);
  config.hidden_activation = Activation::kTanh;
  config.output_activation = Activation::kTanh;
  config.cost = CostKind::kHalfSquared;
  config.init = InitKind::kXavier;
  return config;
}

// Spiral, 500 points: the first 250 train, the rest test (classes alternate, so both halves
// are balanced).
struct SpiralData {
  RowMatrix train_inputs, train_targets, test_inputs, test_targets;
};

SpiralData MakeSpiral(int train_count) {
  GeneratorConfig generator;
  generator.name = "spiral";
  generator.count = 2 * train_count;
  generator.noise = 0;
  generator.seed = 7;
  const Dataset data = GenerateDataset(generator);
  SpiralData out;
  out.train_inputs = data.inputs.topRows(train_count);
  out.train_targets = data.targets.topRows(train_count);
  out.test_inputs = data.inputs.bottomRows(train_count);
  out.test_targets = data.targets.bottomRows(train_count);
  return out;
}

TrainerConfig BenchTrainerConfig() {
  TrainerConfig config;
  config.learning_rate = 0.03;
  config.optimizer.kind = OptimizerKind::kSgd;
  config.sampling.kind = SamplingKind::kWithoutReplacement;
  config.sampling.batch_size = 10;
  config.record_path = false;  // a 400-weight path is not drawn by the lab
  config.seed = 3;
  return config;
}

// A network with data, initial parameters and a trainer.
struct NetworkSetup {
  std::unique_ptr<Network> network;
  std::unique_ptr<Trainer> trainer;
};

NetworkSetup MakeNetworkSetup(int train_count) {
  NetworkSetup setup;
  setup.network = std::make_unique<Network>(BenchNetworkConfig());
  const SpiralData data = MakeSpiral(train_count);
  setup.network->SetData(data.train_inputs, data.train_targets);
  setup.network->SetTestData(data.test_inputs, data.test_targets);
  Random random(11);
  Eigen::VectorXd initial;
  setup.network->Initialize(&initial, &random);
  setup.trainer = std::make_unique<Trainer>(setup.network.get(), BenchTrainerConfig(), initial);
  return setup;
}

void BenchTrain(const Options& options) {
  const int steps = options.quick ? 50 : 500;  // 10 samples each
  std::vector<double> rates;
  double check = 0;
  for (int rep = 0; rep < options.reps; ++rep) {
    NetworkSetup setup = MakeNetworkSetup(250);
    // As the Network lab steps: layer statistics only at the last step of a call.
    setup.network->set_record_layer_norms(false);
    rates.push_back(Rate(
        [&] {
          if (setup.trainer->Step(steps) != steps) std::abort();
        },
        10.0 * steps, options.min_seconds));
  }
  // The timed loops run a time-dependent number of steps; the check uses a fixed number.
  {
    NetworkSetup setup = MakeNetworkSetup(250);
    setup.trainer->Step(steps);
    check = setup.network->Cost(setup.trainer->params(), DataSplit::kTrain);
  }
  Report(options, "train", "2-6x8-1 tanh, SGD batch 10", "samples/s", rates, false, check);
}

void BenchGrid(const Options& options) {
  NetworkSetup setup = MakeNetworkSetup(250);
  setup.trainer->Step(250);
  const Eigen::VectorXd params = setup.trainer->params();
  for (int n : {100, 200}) {
    if (options.quick && n > 100) continue;
    NetworkGrid grid(setup.network.get(), n);
    std::vector<double> rates;
    for (int rep = 0; rep < options.reps; ++rep) {
      rates.push_back(
          Rate([&] { grid.Evaluate(params, -6, 6, -6, 6); }, double(n) * n, options.min_seconds));
    }
    double sum = 0;
    for (float v : grid.neurons()) sum += v;
    Report(options, "grid", std::to_string(n) + "x" + std::to_string(n) + ", all neurons",
           "points/s", rates, false, sum);
  }
}

// One animation frame of the Network lab: an epoch of training (25 steps of 10), train and
// test cost over all 250 + 250 points, and the 100×100 grid of every neuron.
void BenchFrame(const Options& options) {
  std::vector<double> rates;
  double check = 0;
  for (int rep = 0; rep < options.reps; ++rep) {
    NetworkSetup setup = MakeNetworkSetup(250);
    NetworkGrid grid(setup.network.get(), 100);
    rates.push_back(Rate(
        [&] {
          setup.trainer->Step(25);
          const Eigen::VectorXd& params = setup.trainer->params();
          setup.network->Cost(params, DataSplit::kTrain);
          setup.network->Cost(params, DataSplit::kTest);
          grid.Evaluate(params, -6, 6, -6, 6);
        },
        1.0, options.min_seconds));
  }
  {
    NetworkSetup setup = MakeNetworkSetup(250);
    setup.trainer->Step(25);
    check = setup.network->Cost(setup.trainer->params(), DataSplit::kTrain) +
            setup.network->Cost(setup.trainer->params(), DataSplit::kTest);
  }
  Report(options, "frame", "epoch + costs + 100x100 grid", "ms/frame", rates, true, check);
}

// Workload 4: least squares y = 1.5 + 0.8x + noise on 10,000 points; the exact cost over
// (w_bias, w_slope) on a 256×256 grid. Setup (the O(n d²) moments) and the grid separately.
void BenchValley(const Options& options) {
  const int n = 10000;
  Random random(5);
  RowMatrix inputs(n, 1);
  Eigen::VectorXd targets(n);
  for (int i = 0; i < n; ++i) {
    inputs(i, 0) = random.Uniform(-3, 3);
    targets[i] = 1.5 + 0.8 * inputs(i, 0) + 0.5 * random.Normal();
  }
  const RowMatrix design = WithBiasColumn(inputs);
  LeastSquaresConfig config;
  std::vector<double> setup_rates, grid_rates;
  const int grid_n = options.quick ? 64 : 256;
  std::vector<float> out(grid_n * grid_n);
  const Eigen::VectorXd base = Eigen::VectorXd::Zero(2);
  WeightBox box{-2, 5, -2, 3};
  double check = 0;
  for (int rep = 0; rep < options.reps; ++rep) {
    setup_rates.push_back(Rate(
        [&] {
          LeastSquaresObjective objective(design, targets, config);
          check = objective.ExactCost(base);
        },
        1.0, options.min_seconds));
    LeastSquaresObjective objective(design, targets, config);
    grid_rates.push_back(
        Rate([&] { objective.CostOverTwoWeights(0, 1, base, box, grid_n, out.data()); }, 1.0,
             options.min_seconds));
  }
  double sum = 0;
  for (float v : out) sum += v;
  Report(options, "valley", "setup, 10,000 points", "ms", setup_rates, true, check);
  Report(options, "valley", "contour " + std::to_string(grid_n) + "x" + std::to_string(grid_n),
         "ms", grid_rates, true, sum);
}

// Workload 5: a 41×41 loss-landscape slice of the trained network of (1) over its 250 points.
void BenchLandscape(const Options& options) {
  NetworkSetup setup = MakeNetworkSetup(250);
  setup.trainer->Step(options.quick ? 100 : 2500);
  const int n = options.quick ? 11 : 41;
  LandscapeConfig config;
  config.resolution = n;
  config.radius = 1.0;
  std::vector<double> rates;
  double sum = 0;
  for (int rep = 0; rep < options.reps; ++rep) {
    rates.push_back(Rate(
        [&] {
          LossLandscape landscape(setup.network.get(), setup.trainer->params(),
                                  NetworkFilters(setup.network->layout()), config);
          landscape.ComputeRows(0, n);
          sum = 0;
          for (double c : landscape.costs()) sum += c;
        },
        1.0, options.min_seconds));
  }
  Report(options, "landscape", std::to_string(n) + "x" + std::to_string(n) + " slice, 250 points",
         "ms", rates, true, sum);
}

// Workload 6: seven optimizers, 10,000 steps each on Rosenbrock from its standard start, with
// the path recorded as the Valley lab does. Rates chosen so that none diverges.
void BenchRace(const Options& options) {
  struct Racer {
    OptimizerKind kind;
    double rate;
  };
  const Racer racers[] = {{OptimizerKind::kSgd, 1e-4},      {OptimizerKind::kMomentum, 1e-5},
                          {OptimizerKind::kNesterov, 1e-5}, {OptimizerKind::kAdaGrad, 0.05},
                          {OptimizerKind::kRmsProp, 1e-3},  {OptimizerKind::kAdam, 1e-2},
                          {OptimizerKind::kRprop, 1e-3}};
  const int steps = options.quick ? 1000 : 10000;
  std::vector<double> rates;
  double check = 0;
  for (int rep = 0; rep < options.reps; ++rep) {
    rates.push_back(Rate(
        [&] {
          check = 0;
          for (const Racer& racer : racers) {
            SurfaceObjective objective(MakeSurface("rosenbrock", SurfaceParams()));
            TrainerConfig config;
            config.learning_rate = racer.rate;
            config.optimizer.kind = racer.kind;
            const Eigen::VectorXd start = objective.surface().StandardStart();
            Trainer trainer(&objective, config, start);
            trainer.Step(steps);
            check += trainer.cost();
          }
        },
        1.0, options.min_seconds));
  }
  Report(options, "race", "7 optimizers x " + std::to_string(steps) + " steps", "ms", rates, true,
         check);
}

int Main(int argc, char** argv) {
  Options options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--quick") {
      options.quick = true;
    } else if (arg == "--reps" && i + 1 < argc) {
      options.reps = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--only" && i + 1 < argc) {
      options.only = argv[++i];
    } else if (arg == "--wall") {
      g_wall_clock = true;
    } else if (arg == "--impl" && i + 1 < argc) {
      options.impl = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--quick] [--reps N] [--only NAME] [--impl LABEL] [--wall]\n",
                   argv[0]);
      return 2;
    }
  }
  if (options.quick) {
    options.reps = 1;
    options.min_seconds = 0.05;
  }
  const struct {
    const char* name;
    void (*run)(const Options&);
  } workloads[] = {{"train", BenchTrain},   {"grid", BenchGrid},           {"frame", BenchFrame},
                   {"valley", BenchValley}, {"landscape", BenchLandscape}, {"race", BenchRace}};
  for (const auto& workload : workloads) {
    if (options.only.empty() || options.only == workload.name) workload.run(options);
  }
  return 0;
}

}  // namespace
}  // namespace descent::bench

int main(int argc, char** argv) { return descent::bench::Main(argc, argv); }
