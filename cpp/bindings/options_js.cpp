#include "bindings/options_js.h"

#include "bindings/js_args.h"

namespace descent::bindings {

using emscripten::val;

std::string ReadTrainerOptions(const val& object, TrainerOptions* options) {
  JsObjectReader in(object, "trainer options");
  in.Number("learningRate", &options->learning_rate);
  in.String("optimizer", &options->optimizer);
  in.Number("momentum", &options->momentum);
  in.Number("beta1", &options->beta1);
  in.Number("beta2", &options->beta2);
  in.Number("epsilon", &options->epsilon);
  in.Number("rpropIncrease", &options->rprop_increase);
  in.Number("rpropDecrease", &options->rprop_decrease);
  in.Number("rpropMinStep", &options->rprop_min_step);
  in.Number("rpropMaxStep", &options->rprop_max_step);
  in.String("schedule", &options->schedule);
  in.Number("decay", &options->decay);
  in.Integer("period", &options->period);
  in.Number("minRate", &options->min_rate);
  in.String("sampling", &options->sampling);
  in.Integer("batchSize", &options->batch_size);
  in.Integer("maxSteps", &options->max_steps);
  in.Number("parameterChangeTol", &options->parameter_change_tol);
  in.Number("gradientTol", &options->gradient_tol);
  in.Number("divergenceCost", &options->divergence_cost);
  in.Number("seed", &options->seed);
  in.Integer("historyCapacity", &options->history_capacity);
  in.Integer("pathCapacity", &options->path_capacity);
  in.Bool("recordPath", &options->record_path);
  return in.error();
}

namespace {
void ReadGeneratorFields(JsObjectReader* in, GeneratorOptions* options) {
  in->String("dataset", &options->dataset);
  in->Integer("count", &options->count);
  in->Number("noise", &options->noise);
  in->Number("seed", &options->seed);
  in->String("encoding", &options->encoding);
  in->Integer("classes", &options->classes);
}
}  // namespace

std::string ReadGeneratorOptions(const val& object, GeneratorOptions* options) {
  JsObjectReader in(object, "data set options");
  ReadGeneratorFields(&in, options);
  return in.error();
}

std::string ReadNetworkDataOptions(const val& object, NetworkDataOptions* options) {
  JsObjectReader in(object, "data set options");
  ReadGeneratorFields(&in, options);
  in.Number("testFraction", &options->test_fraction);
  return in.error();
}

std::string ReadNetworkOptions(const val& object, NetworkOptions* options) {
  JsObjectReader in(object, "network options");
  in.Strings("features", &options->features);
  in.Numbers("hiddenSizes", &options->hidden_sizes);
  in.String("hiddenActivation", &options->hidden_activation);
  in.String("outputActivation", &options->output_activation);
  in.Integer("outputs", &options->outputs);
  in.String("cost", &options->cost);
  in.String("regularization", &options->regularization);
  in.Number("regularizationRate", &options->regularization_rate);
  in.String("init", &options->init);
  in.Number("initScale", &options->init_scale);
  in.Number("initBias", &options->init_bias);
  in.Number("seed", &options->seed);
  return in.error();
}

}  // namespace descent::bindings
