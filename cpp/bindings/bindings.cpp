// The one Embind registration file: maps the core (Google style, cpp/core/) to JS names
// (camelCase). Adapters in this folder read JS arguments into the core's structs and hand
// buffers back as views; the core never sees Emscripten. Objects are made by create*()
// functions rather than constructors so that a refused argument gives null (and a refusal,
// refusal.h) instead of a half-made object. web/src/engine/descent-core.d.ts documents every
// name registered here, and tests/js/module-api.test.js checks that the two agree.
#include <emscripten/bind.h>

#include "bindings/classifier_handle.h"
#include "bindings/computation_graph_js.h"
#include "bindings/js_args.h"
#include "bindings/linear_data.h"
#include "bindings/network_handle.h"
#include "bindings/perceptron_handle.h"
#include "bindings/polynomial_handle.h"
#include "bindings/refusal.h"
#include "bindings/regression_handle.h"
#include "bindings/surface_handle.h"
#include "bindings/surface_probe.h"
#include "bindings/trainer_handle.h"
#include "core/data/generators_2d.h"
#include "core/linear/margin_loss_objective.h"
#include "core/net/network_config.h"
#include "core/optim/optimizer.h"
#include "core/optim/sampler.h"
#include "core/optim/schedule.h"
#include "core/surfaces/surface.h"

namespace descent::bindings {
namespace {

using emscripten::allow_raw_pointers;
using emscripten::class_;
using emscripten::function;
using emscripten::val;

// A name list of the core as a JS array (copy).
template <const std::vector<std::string>& (*Names)()>
val NamesJs() {
  return StringArray(Names());
}

val GeneratorTasksJs() {
  std::vector<std::string> tasks;
  for (const std::string& name : GeneratorNames()) {
    tasks.push_back(GeneratorTaskName(FindGenerator(name)->task));
  }
  return StringArray(tasks);
}

SurfaceProbe* CreateSurfaceProbe(SurfaceHandle* surface) { return SurfaceProbe::Create(surface); }

void RegisterNames() {
  function("surfaceNames", &NamesJs<SurfaceNames>);
  function("optimizerNames", &NamesJs<OptimizerNames>);
  function("scheduleNames", &NamesJs<ScheduleNames>);
  function("samplingNames", &NamesJs<SamplingNames>);
  function("generatorNames", &NamesJs<GeneratorNames>);
  function("generatorTasks", &GeneratorTasksJs);
  function("featureNames", &NamesJs<FeatureNames>);
  function("hiddenActivationNames", &NamesJs<HiddenActivationNames>);
  function("outputActivationNames", &NamesJs<OutputActivationNames>);
  function("costNames", &NamesJs<CostNames>);
  function("regularizationNames", &NamesJs<RegularizationNames>);
  function("initNames", &NamesJs<InitNames>);
  function("marginLossNames", &NamesJs<MarginLossNames>);
}

void RegisterValley() {
  class_<TrainerHandle>("Trainer")
      .function("step", &TrainerHandle::Step)
      .function("reset", &TrainerHandle::Reset)
      .function("resetTo", &TrainerHandle::ResetTo)
      .function("setParam", &TrainerHandle::SetParam)
      .function("cost", &TrainerHandle::Cost)
      .function("fullCost", &TrainerHandle::FullCost)
      .function("learningRate", &TrainerHandle::LearningRate)
      .function("stepCount", &TrainerHandle::StepCount)
      .function("epoch", &TrainerHandle::Epoch)
      .function("parameterCount", &TrainerHandle::ParameterCount)
      .function("state", &TrainerHandle::State)
      .function("stopMessage", &TrainerHandle::StopMessage)
      .function("params", &TrainerHandle::Params)
      .function("gradient", &TrainerHandle::Gradient)
      .function("lastUpdate", &TrainerHandle::LastUpdate)
      .function("velocity", &TrainerHandle::Velocity)
      .function("firstMoment", &TrainerHandle::FirstMoment)
      .function("secondMoment", &TrainerHandle::SecondMoment)
      .function("stepSizes", &TrainerHandle::StepSizes)
      .function("costSteps", &TrainerHandle::CostSteps)
      .function("costValues", &TrainerHandle::CostValues)
      .function("pathSteps", &TrainerHandle::PathSteps)
      .function("pathValues", &TrainerHandle::PathValues);

  function("createSurface", &SurfaceHandle::Create, allow_raw_pointers());
  class_<SurfaceHandle>("Surface")
      .function("name", &SurfaceHandle::Name)
      .function("value", &SurfaceHandle::Value)
      .function("gradient", &SurfaceHandle::Gradient)
      .function("hessian", &SurfaceHandle::Hessian)
      .function("minima", &SurfaceHandle::Minima)
      .function("viewBox", &SurfaceHandle::ViewBox)
      .function("standardStart", &SurfaceHandle::StandardStart)
      .function("grid", &SurfaceHandle::Grid)
      .function("makeTrainer", &SurfaceHandle::MakeTrainer, allow_raw_pointers());

  function("createSurfaceProbe", &CreateSurfaceProbe, allow_raw_pointers());
  class_<SurfaceProbe>("SurfaceProbe")
      .function("directionalDerivative", &SurfaceProbe::DirectionalDerivative)
      .function("steepestAscentAngle", &SurfaceProbe::SteepestAscentAngle)
      .function("slice", &SurfaceProbe::Slice)
      .function("hessianEigen", &SurfaceProbe::HessianEigen);
}

void RegisterNetwork() {
  function("createNetwork", &NetworkHandle::Create, allow_raw_pointers());
  class_<NetworkHandle>("NetworkModel")
      .function("step", &NetworkHandle::Step)
      .function("stepEpochs", &NetworkHandle::StepEpochs)
      .function("reset", &NetworkHandle::Reset)
      .function("reinitialize", &NetworkHandle::Reinitialize)
      .function("setData", &NetworkHandle::SetData)
      .function("addPoint", &NetworkHandle::AddPoint)
      .function("trainCost", &NetworkHandle::TrainCost)
      .function("testCost", &NetworkHandle::TestCost)
      .function("batchCost", &NetworkHandle::BatchCost)
      .function("accuracy", &NetworkHandle::Accuracy)
      .function("confusion", &NetworkHandle::Confusion)
      .function("classCount", &NetworkHandle::ClassCount)
      .function("threshold", &NetworkHandle::Threshold)
      .function("stepCount", &NetworkHandle::StepCount)
      .function("epoch", &NetworkHandle::Epoch)
      .function("learningRate", &NetworkHandle::LearningRate)
      .function("state", &NetworkHandle::State)
      .function("stopMessage", &NetworkHandle::StopMessage)
      .function("task", &NetworkHandle::Task)
      .function("parameterCount", &NetworkHandle::ParameterCount)
      .function("params", &NetworkHandle::Params)
      .function("initialParams", &NetworkHandle::InitialParams)
      .function("gradient", &NetworkHandle::Gradient)
      .function("layerSizes", &NetworkHandle::LayerSizes)
      .function("getWeight", &NetworkHandle::GetWeight)
      .function("setWeight", &NetworkHandle::SetWeight)
      .function("getBias", &NetworkHandle::GetBias)
      .function("setBias", &NetworkHandle::SetBias)
      .function("setParams", &NetworkHandle::SetParams)
      .function("layerHistorySteps", &NetworkHandle::LayerHistorySteps)
      .function("deltaNormHistory", &NetworkHandle::DeltaNormHistory)
      .function("weightGradientNormHistory", &NetworkHandle::WeightGradientNormHistory)
      .function("updateRatioHistory", &NetworkHandle::UpdateRatioHistory)
      .function("costHistoryEpochs", &NetworkHandle::CostHistoryEpochs)
      .function("costHistoryValues", &NetworkHandle::CostHistoryValues)
      .function("batchCostSteps", &NetworkHandle::BatchCostSteps)
      .function("batchCostValues", &NetworkHandle::BatchCostValues)
      .function("deltaNorms", &NetworkHandle::DeltaNorms)
      .function("weightGradientNorms", &NetworkHandle::WeightGradientNorms)
      .function("updateRatios", &NetworkHandle::UpdateRatios)
      .function("trainInputs", &NetworkHandle::TrainInputs)
      .function("trainTargets", &NetworkHandle::TrainTargets)
      .function("testInputs", &NetworkHandle::TestInputs)
      .function("testTargets", &NetworkHandle::TestTargets)
      .function("grid", &NetworkHandle::Grid)
      .function("probe", &NetworkHandle::Probe)
      .function("probeZ", &NetworkHandle::ProbeZ)
      .function("probeA", &NetworkHandle::ProbeA)
      .function("probeDelta", &NetworkHandle::ProbeDelta)
      .function("probeGradient", &NetworkHandle::ProbeGradient)
      .function("probeInput", &NetworkHandle::ProbeInput)
      .function("probeTarget", &NetworkHandle::ProbeTarget)
      .function("gradientCheck", &NetworkHandle::GradientCheck)
      .function("landscapeBegin", &NetworkHandle::LandscapeBegin)
      .function("landscapeRows", &NetworkHandle::LandscapeRows)
      .function("landscapeResolution", &NetworkHandle::LandscapeResolution)
      .function("landscapeRadius", &NetworkHandle::LandscapeRadius)
      .function("landscapeValues", &NetworkHandle::LandscapeValues)
      .function("landscapePath", &NetworkHandle::LandscapePath)
      .function("landscapeProject", &NetworkHandle::LandscapeProject);
}

void RegisterLinear() {
  function("commuteData", &CommuteDataJs);
  function("sineData", &SineDataJs);
  function("generatePoints", &GeneratePointsJs);
  function("parseCsv", &ParseCsvJs);
  function("regressionGraph", &RegressionGraphJs);

  function("createRegression", &RegressionHandle::Create, allow_raw_pointers());
  class_<RegressionHandle>("Regression")
      .function("parameterCount", &RegressionHandle::ParameterCount)
      .function("sampleCount", &RegressionHandle::SampleCount)
      .function("lambda", &RegressionHandle::Lambda)
      .function("solve", &RegressionHandle::Solve)
      .function("solveRidge", &RegressionHandle::SolveRidge)
      .function("cost", &RegressionHandle::Cost)
      .function("costGrid", &RegressionHandle::CostGrid)
      .function("hessianMaxEigenvalue", &RegressionHandle::HessianMaxEigenvalue)
      .function("makeTrainer", &RegressionHandle::MakeTrainer, allow_raw_pointers());

  function("createPolynomial", &PolynomialHandle::Create, allow_raw_pointers());
  class_<PolynomialHandle>("Polynomial")
      .function("fit", &PolynomialHandle::Fit)
      .function("curve", &PolynomialHandle::Curve)
      .function("costsByDegree", &PolynomialHandle::CostsByDegree);

  function("createClassifier", &ClassifierHandle::Create, allow_raw_pointers());
  class_<ClassifierHandle>("Classifier")
      .function("parameterCount", &ClassifierHandle::ParameterCount)
      .function("sampleCount", &ClassifierHandle::SampleCount)
      .function("loss", &ClassifierHandle::Loss)
      .function("cost", &ClassifierHandle::Cost)
      .function("costGrid", &ClassifierHandle::CostGrid)
      .function("accuracy", &ClassifierHandle::Accuracy)
      .function("misclassified", &ClassifierHandle::Misclassified)
      .function("margin", &ClassifierHandle::Margin)
      .function("makeTrainer", &ClassifierHandle::MakeTrainer, allow_raw_pointers());

  function("createPerceptron", &PerceptronHandle::Create, allow_raw_pointers());
  class_<PerceptronHandle>("Perceptron")
      .function("step", &PerceptronHandle::Step)
      .function("reset", &PerceptronHandle::Reset)
      .function("weights", &PerceptronHandle::Weights)
      .function("state", &PerceptronHandle::State)
      .function("epoch", &PerceptronHandle::Epoch)
      .function("position", &PerceptronHandle::Position)
      .function("totalUpdates", &PerceptronHandle::TotalUpdates)
      .function("lastSample", &PerceptronHandle::LastSample)
      .function("lastWasMistake", &PerceptronHandle::LastWasMistake)
      .function("mistakesThisEpoch", &PerceptronHandle::MistakesThisEpoch)
      .function("mistakesPerEpoch", &PerceptronHandle::MistakesPerEpoch);
}

EMSCRIPTEN_BINDINGS(descent) {
  function("takeRefusal", &TakeRefusal);
  RegisterNames();
  RegisterValley();
  RegisterNetwork();
  RegisterLinear();
}

}  // namespace
}  // namespace descent::bindings
