// Turns the JS trainer options object into a validated TrainerConfig.
//
// JS fields (all optional): learningRate, optimizer ("sgd" | "momentum" | "nesterov" | "adagrad"
// | "rmsprop" | "adam" | "rprop"), momentum, beta1, beta2, epsilon, rpropIncrease,
// rpropDecrease, rpropMinStep, rpropMaxStep, schedule ("constant" | "inverse-sqrt" | "inverse" |
// "step" | "exponential" | "cosine"), decay, period, minRate, sampling ("full" |
// "without-replacement" | "with-replacement" | "in-order"), batchSize, maxSteps,
// parameterChangeTol, gradientTol, divergenceCost, seed, historyCapacity, pathCapacity,
// recordPath.
#ifndef DESCENT_BINDINGS_TRAINER_CONFIG_H_
#define DESCENT_BINDINGS_TRAINER_CONFIG_H_

#include <emscripten/val.h>

#include "core/objective.h"
#include "core/optim/trainer.h"

namespace descent::bindings {

// Throws a JS Error naming the first bad field.
TrainerConfig ReadTrainerConfig(const emscripten::val& options, const Objective& objective);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_TRAINER_CONFIG_H_
