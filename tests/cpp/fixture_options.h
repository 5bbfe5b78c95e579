// The engine's JS option names (web/src/engine: TrainerOptions, NetworkOptions,
// NetworkDataOptions, surface options) read from a fixture case into the core's configs, so one
// case spells its settings the same way for the C++ runner and the Vitest loop. Unknown keys
// and unknown names are refused with a readable message (the return value; empty when fine).
#ifndef DESCENT_TESTS_CPP_FIXTURE_OPTIONS_H_
#define DESCENT_TESTS_CPP_FIXTURE_OPTIONS_H_

#include <cstdint>
#include <string>

#include "core/data/generators_2d.h"
#include "core/net/network_config.h"
#include "core/optim/trainer.h"
#include "core/surfaces/surface.h"
#include "fixture_json.h"

namespace descent::testing {

// learningRate, optimizer, momentum, beta1, beta2, epsilon, rprop*, schedule, decay, period,
// minRate, sampling, batchSize, maxSteps, parameterChangeTol, gradientTol, seed.
std::string ReadTrainerOptions(const JsonValue& options, TrainerConfig* config);

// name, conditionNumber, rotationDegrees.
std::string ReadSurfaceOptions(const JsonValue& options, std::string* name, SurfaceParams* params);

// features, hiddenSizes, hiddenActivation, outputActivation, cost, regularization,
// regularizationRate, init, initScale, initBias, seed (of the initial weights). `outputs` is
// left to the caller: the data set's target width.
std::string ReadNetworkOptions(const JsonValue& options, NetworkConfig* config, uint64_t* seed);

// dataset, count, noise, seed, encoding, classes, testFraction. The fixtures always name the
// encoding of binary sets, so no rule for a default is needed here.
std::string ReadDataOptions(const JsonValue& options, GeneratorConfig* config,
                            double* test_fraction);

}  // namespace descent::testing

#endif  // DESCENT_TESTS_CPP_FIXTURE_OPTIONS_H_
