#include "core/diagnostics/computation_graph.h"

namespace descent {

LinearRegressionGraph::LinearRegressionGraph()
    : nodes_{{"x", "x", GraphNodeKind::kInput, 0, 0, 0},
             {"w", "w", GraphNodeKind::kParameter, 0, 0, 0},
             {"b", "b", GraphNodeKind::kParameter, 0, 0, 0},
             {"y", "y", GraphNodeKind::kInput, 0, 0, 0},
             {"u", "u = w·x", GraphNodeKind::kComputed, 1, 0, 0},
             {"ŷ", "ŷ = u + b", GraphNodeKind::kComputed, 2, 0, 0},
             {"e", "e = y − ŷ", GraphNodeKind::kComputed, 3, 0, 0},
             {"c", "c = e²", GraphNodeKind::kComputed, 4, 0, 0}},
      edges_{{kX, kU, 0},          {kW, kU, 0},     {kU, kPrediction, 1},
             {kB, kPrediction, 1}, {kY, kError, 1}, {kPrediction, kError, -1},
             {kError, kCost, 0}} {}

void LinearRegressionGraph::Evaluate(double w, double x, double b, double y) {
  // Forward.
  nodes_[kX].value = x;
  nodes_[kW].value = w;
  nodes_[kB].value = b;
  nodes_[kY].value = y;
  nodes_[kU].value = w * x;
  nodes_[kPrediction].value = nodes_[kU].value + b;
  nodes_[kError].value = y - nodes_[kPrediction].value;
  nodes_[kCost].value = nodes_[kError].value * nodes_[kError].value;

  // Local gradients that depend on the values; the others are constants set at construction.
  edges_[0].local_gradient = w;                         // ∂u/∂x
  edges_[1].local_gradient = x;                         // ∂u/∂w
  edges_[6].local_gradient = 2 * nodes_[kError].value;  // ∂c/∂e

  // Backward: edges are stored in topological order, so walking them in reverse reaches an
  // edge only after every edge leaving its head has been added into the head's gradient.
  for (GraphNode& node : nodes_) node.gradient = 0;
  nodes_[kCost].gradient = 1;
  for (int k = kEdgeCount - 1; k >= 0; --k) {
    const GraphEdge& edge = edges_[k];
    nodes_[edge.from].gradient += nodes_[edge.to].gradient * edge.local_gradient;
  }
}

}  // namespace descent
