// JS option objects -> the core's option structs, field by field: the one place where a JS
// option name meets its C++ field. Type errors ("learningRate must be a number") are refused
// here; every value check is the core's (trainer_options.h, generator_options.h,
// network_options.h). Each returns "" or the refusal.
#ifndef DESCENT_BINDINGS_OPTIONS_JS_H_
#define DESCENT_BINDINGS_OPTIONS_JS_H_

#include <emscripten/val.h>

#include <string>

#include "core/data/generator_options.h"
#include "core/net/network_options.h"
#include "core/optim/trainer_options.h"

namespace descent::bindings {

std::string ReadTrainerOptions(const emscripten::val& object, TrainerOptions* options);
std::string ReadGeneratorOptions(const emscripten::val& object, GeneratorOptions* options);
std::string ReadNetworkOptions(const emscripten::val& object, NetworkOptions* options);
std::string ReadNetworkDataOptions(const emscripten::val& object, NetworkDataOptions* options);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_OPTIONS_JS_H_
