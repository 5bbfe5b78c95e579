// The scalar computation graph of seed 004 §4.2.2 for one sample of linear regression,
//   u = w·x,  ŷ = u + b,  e = y − ŷ,  c = e²,
// with every node's forward value and backward gradient ∂c/∂node, so the network lab can draw
// the graph and step through forward and backward passes with numbers. With w = 5, x = 1, b = 1,
// y = 10: u = 5, ŷ = 6, e = 4, c = 16, ∂c/∂e = 8, ∂c/∂ŷ = −8 and ∂c/∂w = −8 (the seed writes
// +8, dropping ∂e/∂ŷ = −1: erratum 1). Note c = e² has no ½ (erratum 8), so ∂c/∂e = 2e.
#ifndef DESCENT_CORE_DIAGNOSTICS_COMPUTATION_GRAPH_H_
#define DESCENT_CORE_DIAGNOSTICS_COMPUTATION_GRAPH_H_

namespace descent {

enum class GraphNodeKind {
  kInput,      // data: x, y
  kParameter,  // trainable: w, b
  kComputed,   // intermediate or output: u, ŷ, e, c
};

struct GraphNode {
  const char* name;     // "x", "w", "b", "y", "u", "ŷ", "e", "c" (UTF-8)
  const char* formula;  // how it is computed, e.g. "ŷ = u + b"; for leaves just the name
  GraphNodeKind kind;
  int depth;        // longest path from a leaf: a column index for drawing left to right
  double value;     // forward value
  double gradient;  // ∂c/∂node after the backward pass
};

struct GraphEdge {
  int from, to;           // node indices; data flows from → to
  double local_gradient;  // ∂to/∂from at the current values
};

class LinearRegressionGraph {
 public:
  enum NodeIndex { kX, kW, kB, kY, kU, kPrediction, kError, kCost, kNodeCount };
  static constexpr int kEdgeCount = 7;

  // All values and gradients zero until Evaluate.
  LinearRegressionGraph();

  // Forward pass then backward pass (reverse topological order, chain rule along each edge,
  // summed over a node's outgoing edges).
  void Evaluate(double w, double x, double b, double y);

  int node_count() const { return kNodeCount; }
  int edge_count() const { return kEdgeCount; }
  const GraphNode& node(int index) const { return nodes_[index]; }
  // Edges in forward (topological) order; the backward pass visits them in reverse.
  const GraphEdge& edge(int index) const { return edges_[index]; }
  double value(NodeIndex index) const { return nodes_[index].value; }
  double gradient(NodeIndex index) const { return nodes_[index].gradient; }

 private:
  GraphNode nodes_[kNodeCount];
  GraphEdge edges_[kEdgeCount];
};

}  // namespace descent

#endif  // DESCENT_CORE_DIAGNOSTICS_COMPUTATION_GRAPH_H_
