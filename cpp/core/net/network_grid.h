// The network evaluated on an N×N grid of 2-D points: the decision heat map and every neuron's
// thumbnail in the diagram (TF Playground style), filled in chunks of matrices.
//
// Grid: column c has x1 = x_min + (x_max − x_min)·c/(N − 1), row r has x2 = y_min +
// (y_max − y_min)·r/(N − 1), both ends included; row 0 is at y_min (a canvas drawing it flips
// rows). Buffers are row-major over (row, col).
//
// What the grid shows is display-only, so it is computed in float (issue 5 allows it), written
// straight into the thumbnail buffer: each neuron's values over a chunk of cells are one
// contiguous row, so every loop of the forward pass runs over cells and vectorises (wasm
// simd128 included). Activations agree with the double forward pass to ~1e-5
// (tests/cpp/net_grid_test.cc); only cells that close to the decision threshold can show the
// other class.
#ifndef DESCENT_CORE_NET_NETWORK_GRID_H_
#define DESCENT_CORE_NET_NETWORK_GRID_H_

#include <string>
#include <vector>

#include "core/eigen.h"
#include "core/net/network.h"

namespace descent {

class NetworkGrid {
 public:
  static constexpr int kMaxResolution = 512;

  // "" when `network` takes 2-D points (it has features, or raw inputs of dimension 2) and
  // 2 <= resolution <= kMaxResolution; otherwise a readable message.
  static std::string Validate(const Network& network, int resolution);

  // Both must satisfy Validate; `network` must outlive the grid. Buffers are allocated here.
  NetworkGrid(const Network* network, int resolution);

  // Fills every buffer for the box [x_min, x_max] × [y_min, y_max]. Never allocates.
  void Evaluate(const Eigen::VectorXd& params, double x_min, double x_max, double y_min,
                double y_max);

  int resolution() const { return resolution_; }
  // NeuronCount · N² values: neurons()[(neuron · N + row) · N + col] is the activation a of the
  // neuron numbered as in NetworkLayout (layer 0 features first, then hidden, then outputs).
  const std::vector<float>& neurons() const { return neurons_; }
  // N² values: the first output's activation a^L_0.
  const std::vector<float>& output() const { return output_; }
  // N² values: the predicted class (see network_metrics.h: threshold for one output, argmax
  // for several).
  const std::vector<int>& classes() const { return classes_; }

 private:
  const Network* network_;
  int resolution_;
  std::vector<float> params_;             // the parameters rounded to float
  std::vector<double> features_;          // layer 0 of one point, as Network computes it
  std::vector<double> output_column_;     // one cell's outputs, for ClassOf
  std::vector<const float*> input_rows_;  // the previous layer's rows in the current chunk
  std::vector<float> neurons_, output_;
  std::vector<int> classes_;
};

}  // namespace descent

#endif  // DESCENT_CORE_NET_NETWORK_GRID_H_
