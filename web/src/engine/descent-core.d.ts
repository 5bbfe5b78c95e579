// Hand-written declarations of the Embind module built from cpp/bindings/bindings.cpp
// (Emscripten 3.1.6 cannot emit them). tests/js/module-api.test.js checks that every name here
// is exported by the module and that the module exports nothing undeclared.
//
// Views: methods returning Float64Array/Float32Array/Int32Array return views aliasing wasm
// memory, valid until the next call into the module. Objects returned by create*() (and
// trainers returned by makeTrainer) must be delete()d.
//
// Refusals: no call throws. A call that refuses a bad argument returns a neutral value (null
// from create*() and makeTrainer, undefined for objects and views, 0 for numbers, nothing for
// void) and leaves its message for takeRefusal(), which the engine wrappers call after every
// call that can refuse (web/src/engine/refusal.js).

export interface EmbindObject {
  delete(): void;
}

/** Options of a trainer; see web/src/engine/trainer.js for their meaning. */
export interface TrainerOptions {
  learningRate?: number;
  optimizer?: string;
  momentum?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  rpropIncrease?: number;
  rpropDecrease?: number;
  rpropMinStep?: number;
  rpropMaxStep?: number;
  schedule?: string;
  decay?: number;
  period?: number;
  minRate?: number;
  sampling?: string;
  batchSize?: number;
  maxSteps?: number;
  parameterChangeTol?: number;
  gradientTol?: number;
  divergenceCost?: number;
  seed?: number;
  historyCapacity?: number;
  pathCapacity?: number;
  recordPath?: boolean;
}

export interface Trainer extends EmbindObject {
  step(n: number): number;
  reset(): void;
  resetTo(initial: ArrayLike<number>): void;
  setParam(index: number, value: number): void;
  cost(): number;
  fullCost(): number;
  learningRate(): number;
  stepCount(): number;
  epoch(): number;
  parameterCount(): number;
  state(): 'ready' | 'running' | 'max-steps' | 'converged' | 'gradient-small' | 'diverged';
  stopMessage(): string;
  params(): Float64Array;
  gradient(): Float64Array;
  lastUpdate(): Float64Array;
  velocity(): Float64Array;
  firstMoment(): Float64Array;
  secondMoment(): Float64Array;
  stepSizes(): Float64Array;
  costSteps(): Float64Array;
  costValues(): Float64Array;
  pathSteps(): Float64Array;
  /** Row-major: entry i, parameter k at i * parameterCount() + k. */
  pathValues(): Float64Array;
}

export interface Surface extends EmbindObject {
  name(): string;
  value(x: number, y: number): number;
  /** [∂f/∂x, ∂f/∂y] */
  gradient(x: number, y: number): Float64Array;
  /** Row-major 2×2. */
  hessian(x: number, y: number): Float64Array;
  /** [x0, y0, x1, y1, ...], global minimum first. */
  minima(): Float64Array;
  /** [xMin, xMax, yMin, yMax] */
  viewBox(): Float64Array;
  standardStart(): Float64Array;
  /** n×n values, row-major, row 0 at yMin. */
  grid(n: number, xMin: number, xMax: number, yMin: number, yMax: number): Float32Array;
  makeTrainer(options: TrainerOptions, x: number, y: number): Trainer | null;
}

/** Options of a network; see cpp/core/net/network_options.h. */
export interface NetworkOptions {
  /** 'x1' | 'x2' | 'x1^2' | 'x2^2' | 'x1*x2' | 'sin(x1)' | 'sin(x2)' */
  features?: string[];
  /** 0..8 hidden layers of 1..64 neurons */
  hiddenSizes?: number[];
  hiddenActivation?: string;
  outputActivation?: string;
  /** default: the data set's target width */
  outputs?: number;
  cost?: string;
  regularization?: string;
  regularizationRate?: number;
  init?: string;
  initScale?: number;
  initBias?: number;
  /** seed of the initial weights */
  seed?: number;
}

/** Generator options plus the test share. */
export interface NetworkDataOptions {
  dataset?: string;
  count?: number;
  noise?: number;
  seed?: number;
  /** default: 'zero-one' for sigmoid outputs or binary cross-entropy, else 'plus-minus-one' */
  encoding?: string;
  classes?: number;
  /** 0..0.9, default 0.5 */
  testFraction?: number;
}

export interface GradientCheckReport {
  analytic: Float64Array;
  numeric: Float64Array;
  relativeError: Float64Array;
  /** the absolute difference finite differences cannot resolve at each parameter */
  resolution: Float64Array;
  verdict: ('right' | 'suspicious' | 'wrong' | 'kink')[];
  /** cost evaluations made (the gradient pass counts as one) */
  evaluations: number;
  maxRelativeError: number;
  maxAbsoluteError: number;
  worstIndex: number;
}

export interface NetworkModel extends EmbindObject {
  step(n: number): number;
  stepEpochs(epochs: number): number;
  reset(): void;
  reinitialize(seed: number): void;
  setData(options: NetworkDataOptions): void;
  /** label: 0/1 (binary), class index (multi-class) or target value (regression) */
  addPoint(x: number, y: number, label: number): void;
  trainCost(): number;
  testCost(): number;
  batchCost(): number;
  accuracy(test: boolean): number;
  /** classCount² counts, [trueClass * K + predicted] */
  confusion(test: boolean): Int32Array;
  classCount(): number;
  threshold(): number;
  stepCount(): number;
  epoch(): number;
  learningRate(): number;
  state(): 'ready' | 'running' | 'max-steps' | 'converged' | 'gradient-small' | 'diverged';
  stopMessage(): string;
  task(): 'binary' | 'regression' | 'multi-class';
  parameterCount(): number;
  params(): Float64Array;
  initialParams(): Float64Array;
  gradient(): Float64Array;
  /** copy: [n_0 (features), ..., n_L (outputs)] */
  layerSizes(): number[];
  getWeight(l: number, j: number, k: number): number;
  setWeight(l: number, j: number, k: number, value: number): void;
  getBias(l: number, j: number): number;
  setBias(l: number, j: number, value: number): void;
  setParams(params: ArrayLike<number>): void;
  /**
   * Step of each per-layer history entry: one entry per step(n) call, sampled at the call's last
   * step (stepEpochs: each epoch's last step).
   */
  layerHistorySteps(): Float64Array;
  /** entry i, layer l (1..L) at i * L + l - 1 */
  deltaNormHistory(): Float64Array;
  weightGradientNormHistory(): Float64Array;
  updateRatioHistory(): Float64Array;
  costHistoryEpochs(): Float64Array;
  /** entry i: [train, test] at 2i, 2i + 1 */
  costHistoryValues(): Float64Array;
  batchCostSteps(): Float64Array;
  batchCostValues(): Float64Array;
  deltaNorms(): Float64Array;
  weightGradientNorms(): Float64Array;
  updateRatios(): Float64Array;
  /** n × 2 row-major */
  trainInputs(): Float64Array;
  /** n × outputs row-major */
  trainTargets(): Float64Array;
  testInputs(): Float64Array;
  testTargets(): Float64Array;
  /** neuronCount·n² values, neuron m at [(m·n + row)·n + col], row 0 at yMin */
  grid(n: number, xMin: number, xMax: number, yMin: number, yMax: number): Float32Array;
  /** traces one sample; returns its cost C_x */
  probe(index: number, test: boolean): number;
  probeZ(): Float64Array;
  probeA(): Float64Array;
  probeDelta(): Float64Array;
  probeGradient(): Float64Array;
  probeInput(): Float64Array;
  probeTarget(): Float64Array;
  /** indices: parameters to check, in order (default all); unknown keys are refused */
  gradientCheck(options?: {
    step?: number;
    fivePoint?: boolean;
    indices?: number[];
  }): GradientCheckReport | undefined;
  landscapeBegin(resolution: number, radius: number, seed: number): void;
  /** computes the next rows; returns rows done */
  landscapeRows(count: number): number;
  landscapeResolution(): number;
  landscapeRadius(): number;
  /** N² costs, row-major, NaN where not yet computed; α_c = −r + 2r·c/(N−1) */
  landscapeValues(): Float64Array;
  /** [α0, β0, α1, β1, ...] of the trainer's recorded path */
  landscapePath(): Float64Array;
  /** [α, β] of the current θ on the slice */
  landscapeProject(): Float64Array;
}

/** A data set as plain arrays (copies): inputs row-major, inputDim per sample, one target each. */
export interface LinearData {
  inputs: number[];
  inputDim: number;
  targets: number[];
  columns: string[];
}

export interface LinearSolveResult {
  ok: boolean;
  /** Why not, when ok is false (e.g. a singular XᵀX). */
  message: string;
  /** W*, bias first; empty unless ok. */
  weights: number[];
  rank: number;
}

/** Box of a two-weight cost grid: weight i along columns, weight j along rows. */
export interface WeightBox {
  iMin: number;
  iMax: number;
  jMin: number;
  jMax: number;
}

export interface Regression extends EmbindObject {
  parameterCount(): number;
  sampleCount(): number;
  lambda(): number;
  solve(): LinearSolveResult;
  solveRidge(lambda: number): LinearSolveResult;
  cost(weights: ArrayLike<number>): number;
  /** n×n exact costs, row-major, row 0 at jMin (view). */
  costGrid(i: number, j: number, base: ArrayLike<number>, box: WeightBox, n: number): Float32Array;
  hessianMaxEigenvalue(): number;
  makeTrainer(options: TrainerOptions, initial: ArrayLike<number>): Trainer | null;
}

export interface PolynomialFit {
  ok: boolean;
  message: string;
  weights: number[];
  powerCoefficients: number[];
  trainCost: number;
  testCost: number;
}

export interface Polynomial extends EmbindObject {
  fit(degree: number, lambda: number, penalizeBias: boolean): PolynomialFit;
  /** The last fit at count evenly spaced x in [xMin, xMax] (view; empty before a fit). */
  curve(xMin: number, xMax: number, count: number): Float64Array;
  costsByDegree(
    lambda: number,
    penalizeBias: boolean,
  ): { degrees: number[]; train: number[]; test: number[] };
}

export interface MarginInfo {
  defined: boolean;
  signedMargin: number;
  signedMarginIndex: number;
  closestDistance: number;
  closestIndex: number;
}

export interface Classifier extends EmbindObject {
  parameterCount(): number;
  sampleCount(): number;
  loss(): string;
  cost(weights: ArrayLike<number>): number;
  /** n×n costs, row-major, row 0 at jMin (view). */
  costGrid(i: number, j: number, base: ArrayLike<number>, box: WeightBox, n: number): Float32Array;
  accuracy(weights: ArrayLike<number>): number;
  misclassified(weights: ArrayLike<number>): number[];
  margin(weights: ArrayLike<number>): MarginInfo;
  makeTrainer(options: TrainerOptions, initial: ArrayLike<number>): Trainer | null;
}

export interface Perceptron extends EmbindObject {
  step(n: number): number;
  reset(): void;
  /** View, bias first. */
  weights(): Float64Array;
  state(): 'running' | 'converged' | 'max-epochs';
  epoch(): number;
  position(): number;
  totalUpdates(): number;
  lastSample(): number;
  lastWasMistake(): boolean;
  mistakesThisEpoch(): number;
  mistakesPerEpoch(): number[];
}

export interface GraphNodeInfo {
  name: string;
  formula: string;
  kind: 'input' | 'parameter' | 'computed';
  depth: number;
  value: number;
  gradient: number;
}

/** Directional derivative, slice and Hessian eigen-directions of one surface (shares it). */
export interface SurfaceProbe extends EmbindObject {
  /** ∂f/∂l at (x, y) for l = (cos angle, sin angle), angle in radians. */
  directionalDerivative(x: number, y: number, angle: number): number;
  /** Angle of ∇f in (−π, π]; 0 where ∇f = 0. */
  steepestAscentAngle(x: number, y: number): number;
  /** f(P + ρl) for count values ρ evenly from −radius to +radius. */
  slice(x: number, y: number, angle: number, radius: number, count: number): Float32Array;
  /** [λmin, λmax, v1x, v1y, v2x, v2y, maxLearningRate (2/λmax or Infinity)]. */
  hessianEigen(x: number, y: number): Float64Array;
}

export interface DescentCore {
  /** The message of the last refused call (cleared on reading), or undefined. */
  takeRefusal(): string | undefined;
  /** The wasm stack pointer (Emscripten's runtime), for tests that check nothing leaks. */
  stackSave(): number;

  surfaceNames(): string[];
  optimizerNames(): string[];
  scheduleNames(): string[];
  samplingNames(): string[];
  /** 2-D data generators in menu order. */
  generatorNames(): string[];
  /** Per generator: "binary" | "regression" | "multi-class". */
  generatorTasks(): string[];
  featureNames(): string[];
  hiddenActivationNames(): string[];
  outputActivationNames(): string[];
  costNames(): string[];
  regularizationNames(): string[];
  initNames(): string[];
  marginLossNames(): string[];

  Trainer: { prototype: Trainer };
  createSurface(
    name: string,
    options?: { conditionNumber?: number; rotationDegrees?: number },
  ): Surface | null;
  Surface: { prototype: Surface };
  /** Shares the surface with `surface`: either may be deleted first. */
  createSurfaceProbe(surface: Surface): SurfaceProbe | null;
  SurfaceProbe: { prototype: SurfaceProbe };

  createNetwork(
    network: NetworkOptions,
    data: NetworkDataOptions,
    trainer: TrainerOptions,
  ): NetworkModel | null;
  NetworkModel: { prototype: NetworkModel };

  commuteData(): LinearData;
  sineData(options: {
    trainCount?: number;
    testCount?: number;
    noise?: number;
    evenlySpaced?: boolean;
    seed?: number;
  }): { train: LinearData; test: LinearData } | undefined;
  generatePoints(options: {
    dataset?: string;
    count?: number;
    noise?: number;
    seed?: number;
  }): LinearData | undefined;
  parseCsv(
    text: string,
    options: { targetColumns?: number; header?: string },
  ): (LinearData & { ok: boolean; message: string }) | undefined;
  regressionGraph(
    w: number,
    x: number,
    b: number,
    y: number,
  ):
    | { nodes: GraphNodeInfo[]; edges: { from: number; to: number; localGradient: number }[] }
    | undefined;
  createRegression(
    inputs: ArrayLike<number>,
    inputDim: number,
    targets: ArrayLike<number>,
    options: { lambda?: number; penalizeBias?: boolean },
  ): Regression | null;
  Regression: { prototype: Regression };
  createPolynomial(
    x: ArrayLike<number>,
    y: ArrayLike<number>,
    testX: ArrayLike<number>,
    testY: ArrayLike<number>,
  ): Polynomial | null;
  Polynomial: { prototype: Polynomial };
  createClassifier(
    inputs: ArrayLike<number>,
    inputDim: number,
    labels: ArrayLike<number>,
    options: { loss?: string; lambda?: number },
  ): Classifier | null;
  Classifier: { prototype: Classifier };
  createPerceptron(
    inputs: ArrayLike<number>,
    inputDim: number,
    labels: ArrayLike<number>,
    options: { learningRate?: number; maxEpochs?: number; shuffle?: boolean; seed?: number },
    initial: ArrayLike<number>,
  ): Perceptron | null;
  Perceptron: { prototype: Perceptron };
}

export default function createDescentCore(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string) => string;
}): Promise<DescentCore>;
