// The data sets of the Regression and Classification labs as plain JS objects (copies): the
// seed's commute table, 1-D sine sets, the 2-D generators, and CSV text parsed with errors that
// name line and column. Shape: { inputs: number[] (row-major), inputDim, targets: number[],
// columns: string[] }. Bad options are refused (refusal.h) with undefined returned.
#ifndef DESCENT_BINDINGS_LINEAR_DATA_H_
#define DESCENT_BINDINGS_LINEAR_DATA_H_

#include <emscripten/val.h>

#include <string>

namespace descent::bindings {

// Seed 004 §1.7: distance (km), weekday flag → minutes.
emscripten::val CommuteDataJs();
// options { trainCount, testCount, noise, evenlySpaced, seed } → { train, test } data sets.
emscripten::val SineDataJs(const emscripten::val& options);
// A 2-D generator (generator_options.h; first target column only).
emscripten::val GeneratePointsJs(const emscripten::val& options);
// options { targetColumns (default 1), header: "auto" | "present" | "absent" } → { ok, message,
// ...data set }. Bad text is no refusal: ok is false and the message says where, like
// "line 4, column 2: 'abc' is not a number".
emscripten::val ParseCsvJs(const std::string& text, const emscripten::val& options);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_LINEAR_DATA_H_
