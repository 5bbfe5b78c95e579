// Seed 004 §4.2.2's computation graph (u = wx, ŷ = u + b, e = y − ŷ, c = e²) as a plain JS
// object for the Regression lab's graph panel.
#ifndef DESCENT_BINDINGS_COMPUTATION_GRAPH_JS_H_
#define DESCENT_BINDINGS_COMPUTATION_GRAPH_JS_H_

#include <emscripten/val.h>

namespace descent::bindings {

// { nodes: [{ name, formula, kind: "input" | "parameter" | "computed", depth, value, gradient }],
//   edges: [{ from, to, localGradient }] } after the forward and backward pass (copies);
// undefined and a refusal (refusal.h) for a non-finite argument.
emscripten::val RegressionGraphJs(double w, double x, double b, double y);

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_COMPUTATION_GRAPH_JS_H_
