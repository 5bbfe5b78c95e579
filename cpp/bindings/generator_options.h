// JS options → the core's 2-D data generator config, shared by every lab that draws a data set
// (Network, Classification): { dataset, count, noise, seed, encoding, classes }.
#ifndef DESCENT_BINDINGS_GENERATOR_OPTIONS_H_
#define DESCENT_BINDINGS_GENERATOR_OPTIONS_H_

#include <emscripten/val.h>

#include "core/data/generators_2d.h"

namespace descent::bindings {

// Reads and validates the options (throws a readable JS Error on an unknown data set name or an
// out-of-range number). `encoding` is "plus-minus-one" (default) or "zero-one".
GeneratorConfig ReadGeneratorOptions(const emscripten::val& options);

// The generator names in menu order, and their tasks ("binary", "regression", "multi-class").
emscripten::val GeneratorNamesJs();
emscripten::val GeneratorTasksJs();

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_GENERATOR_OPTIONS_H_
