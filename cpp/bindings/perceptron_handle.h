// The JS-facing perceptron of the Classification lab (seed 004 §3.1), stepped n visits per call.
// Methods that check their arguments record a refusal (refusal.h) and return a neutral value.
#ifndef DESCENT_BINDINGS_PERCEPTRON_HANDLE_H_
#define DESCENT_BINDINGS_PERCEPTRON_HANDLE_H_

#include <emscripten/val.h>

#include <string>

#include "core/linear/perceptron.h"

namespace descent::bindings {

class PerceptronHandle {
 public:
  // inputs n·d row-major, labels ±1, options { learningRate, maxEpochs, shuffle, seed },
  // initial: d + 1 weights (bias first). nullptr when refused.
  static PerceptronHandle* Create(const emscripten::val& inputs, int input_dim,
                                  const emscripten::val& labels, const emscripten::val& options,
                                  const emscripten::val& initial);

  int Step(int n);
  void Reset() { perceptron_.Reset(); }
  emscripten::val Weights() const;  // Float64Array view, valid until the next call
  std::string State() const { return PerceptronStateName(perceptron_.state()); }
  int Epoch() const { return perceptron_.epoch(); }
  int Position() const { return perceptron_.position(); }
  int TotalUpdates() const { return perceptron_.total_updates(); }
  int LastSample() const { return perceptron_.last_sample(); }
  bool LastWasMistake() const { return perceptron_.last_was_mistake(); }
  int MistakesThisEpoch() const { return perceptron_.mistakes_this_epoch(); }
  emscripten::val MistakesPerEpoch() const;  // plain array (copy)

 private:
  PerceptronHandle(const RowMatrix& design, const Eigen::VectorXd& labels,
                   const PerceptronConfig& config, const Eigen::VectorXd& initial)
      : perceptron_(design, labels, config, initial) {}
  Perceptron perceptron_;
};

}  // namespace descent::bindings

#endif  // DESCENT_BINDINGS_PERCEPTRON_HANDLE_H_
