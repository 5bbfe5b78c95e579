#include "bindings/computation_graph_js.h"

#include "bindings/refusal.h"
#include "core/diagnostics/computation_graph.h"
#include "core/message.h"

namespace descent::bindings {

using emscripten::val;

namespace {
const char* KindName(GraphNodeKind kind) {
  switch (kind) {
    case GraphNodeKind::kInput:
      return "input";
    case GraphNodeKind::kParameter:
      return "parameter";
    case GraphNodeKind::kComputed:
      return "computed";
  }
  return "computed";
}
}  // namespace

val RegressionGraphJs(double w, double x, double b, double y) {
  if (Refused(CheckFinite(w, "w")) || Refused(CheckFinite(x, "x")) ||
      Refused(CheckFinite(b, "b")) || Refused(CheckFinite(y, "y"))) {
    return val::undefined();
  }
  LinearRegressionGraph graph;
  graph.Evaluate(w, x, b, y);
  val nodes = val::array();
  for (int i = 0; i < graph.node_count(); ++i) {
    const GraphNode& node = graph.node(i);
    val out = val::object();
    out.set("name", std::string(node.name));
    out.set("formula", std::string(node.formula));
    out.set("kind", std::string(KindName(node.kind)));
    out.set("depth", node.depth);
    out.set("value", node.value);
    out.set("gradient", node.gradient);
    nodes.call<void>("push", out);
  }
  val edges = val::array();
  for (int i = 0; i < graph.edge_count(); ++i) {
    const GraphEdge& edge = graph.edge(i);
    val out = val::object();
    out.set("from", edge.from);
    out.set("to", edge.to);
    out.set("localGradient", edge.local_gradient);
    edges.call<void>("push", out);
  }
  val result = val::object();
  result.set("nodes", nodes);
  result.set("edges", edges);
  return result;
}

}  // namespace descent::bindings
