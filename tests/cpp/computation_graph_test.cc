#include "core/diagnostics/computation_graph.h"

#include <gtest/gtest.h>

#include <string>

namespace descent {
namespace {

using Graph = LinearRegressionGraph;

TEST(ComputationGraphTest, SeedExampleForward) {
  Graph graph;
  graph.Evaluate(/*w=*/5, /*x=*/1, /*b=*/1, /*y=*/10);
  EXPECT_EQ(graph.value(Graph::kU), 5);
  EXPECT_EQ(graph.value(Graph::kPrediction), 6);
  EXPECT_EQ(graph.value(Graph::kError), 4);
  EXPECT_EQ(graph.value(Graph::kCost), 16);
}

TEST(ComputationGraphTest, SeedExampleBackwardWithErratum1) {
  Graph graph;
  graph.Evaluate(5, 1, 1, 10);
  EXPECT_EQ(graph.gradient(Graph::kCost), 1);
  EXPECT_EQ(graph.gradient(Graph::kError), 8);        // 2e
  EXPECT_EQ(graph.gradient(Graph::kPrediction), -8);  // −2e (the seed's +8 is wrong)
  EXPECT_EQ(graph.gradient(Graph::kU), -8);           // −2e
  EXPECT_EQ(graph.gradient(Graph::kW), -8);           // −2e·x
  EXPECT_EQ(graph.gradient(Graph::kB), -8);           // −2e
  EXPECT_EQ(graph.gradient(Graph::kX), -40);          // −2e·w
  EXPECT_EQ(graph.gradient(Graph::kY), 8);            // 2e
}

TEST(ComputationGraphTest, GradientsMatchFiniteDifferences) {
  const double w = 0.7, x = -1.3, b = 0.4, y = 2.1, h = 1e-6;
  auto cost = [](double w, double x, double b, double y) {
    const double e = y - (w * x + b);
    return e * e;
  };
  Graph graph;
  graph.Evaluate(w, x, b, y);
  EXPECT_NEAR(graph.gradient(Graph::kW), (cost(w + h, x, b, y) - cost(w - h, x, b, y)) / (2 * h),
              1e-8);
  EXPECT_NEAR(graph.gradient(Graph::kX), (cost(w, x + h, b, y) - cost(w, x - h, b, y)) / (2 * h),
              1e-8);
  EXPECT_NEAR(graph.gradient(Graph::kB), (cost(w, x, b + h, y) - cost(w, x, b - h, y)) / (2 * h),
              1e-8);
  EXPECT_NEAR(graph.gradient(Graph::kY), (cost(w, x, b, y + h) - cost(w, x, b, y - h)) / (2 * h),
              1e-8);
  // Re-evaluating overwrites, not accumulates.
  graph.Evaluate(w, x, b, y);
  EXPECT_NEAR(graph.gradient(Graph::kW), -2 * (y - w * x - b) * x, 1e-14);
}

TEST(ComputationGraphTest, NamesKindsAndEdgesForDrawing) {
  Graph graph;
  graph.Evaluate(5, 1, 1, 10);
  ASSERT_EQ(graph.node_count(), 8);
  EXPECT_EQ(std::string(graph.node(Graph::kPrediction).name), "ŷ");
  EXPECT_EQ(std::string(graph.node(Graph::kError).formula), "e = y − ŷ");
  EXPECT_EQ(graph.node(Graph::kW).kind, GraphNodeKind::kParameter);
  EXPECT_EQ(graph.node(Graph::kY).kind, GraphNodeKind::kInput);
  EXPECT_EQ(graph.node(Graph::kCost).depth, 4);
  ASSERT_EQ(graph.edge_count(), 7);
  for (int k = 0; k < graph.edge_count(); ++k) {
    const GraphEdge& edge = graph.edge(k);
    EXPECT_LT(graph.node(edge.from).depth, graph.node(edge.to).depth);
    if (edge.from == Graph::kPrediction) {
      EXPECT_EQ(edge.local_gradient, -1);
    }
    if (edge.to == Graph::kCost) {
      EXPECT_EQ(edge.local_gradient, 8);
    }
  }
}

}  // namespace
}  // namespace descent
