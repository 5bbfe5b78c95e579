// Hand-written declarations of the Embind module built from cpp/bindings/bindings.cpp
// (Emscripten 3.1.6 cannot emit them). tests/js/module-api.test.js checks that every name here
// is exported by the module and that the module exports nothing undeclared.
//
// Views: methods returning Float64Array/Float32Array return views aliasing wasm memory, valid
// until the next call into the module. Objects made with `new` (and trainers returned by
// makeTrainer) must be delete()d.

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
  makeTrainer(options: TrainerOptions, x: number, y: number): Trainer;
}

// -- interfaces: network lab --

// -- interfaces: regression and classification labs --
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
  makeTrainer(options: TrainerOptions, initial: ArrayLike<number>): Trainer;
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
  fit(degree: number, lambda: number): PolynomialFit;
  /** The last fit at count evenly spaced x in [xMin, xMax] (view; empty before a fit). */
  curve(xMin: number, xMax: number, count: number): Float64Array;
  costsByDegree(lambda: number): { degrees: number[]; train: number[]; test: number[] };
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
  makeTrainer(options: TrainerOptions, initial: ArrayLike<number>): Trainer;
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

// -- interfaces: valley lab extras --

export interface DescentCore {
  surfaceNames(): string[];
  optimizerNames(): string[];
  scheduleNames(): string[];
  samplingNames(): string[];
  /** 2-D data generators in menu order; options { dataset, count, noise, seed, encoding, classes }. */
  generatorNames(): string[];
  /** Per generator: "binary" | "regression" | "multi-class". */
  generatorTasks(): string[];
  Trainer: { prototype: Trainer };
  Surface: {
    new (name: string, options?: { conditionNumber?: number; rotationDegrees?: number }): Surface;
    prototype: Surface;
  };
  // -- members: network lab --

  // -- members: regression and classification labs --
  commuteData(): LinearData;
  sineData(options: { trainCount?: number; testCount?: number; noise?: number; evenlySpaced?: boolean; seed?: number }): {
    train: LinearData;
    test: LinearData;
  };
  generatePoints(options: { dataset?: string; count?: number; noise?: number; seed?: number }): LinearData;
  parseCsv(text: string, options: { targetColumns?: number; header?: string }): LinearData & { ok: boolean; message: string };
  regressionGraph(w: number, x: number, b: number, y: number): {
    nodes: GraphNodeInfo[];
    edges: { from: number; to: number; localGradient: number }[];
  };
  marginLossNames(): string[];
  Regression: {
    new (inputs: ArrayLike<number>, inputDim: number, targets: ArrayLike<number>, options: { lambda?: number; penalizeBias?: boolean }): Regression;
    prototype: Regression;
  };
  Polynomial: {
    new (x: ArrayLike<number>, y: ArrayLike<number>, testX: ArrayLike<number>, testY: ArrayLike<number>): Polynomial;
    prototype: Polynomial;
  };
  Classifier: {
    new (inputs: ArrayLike<number>, inputDim: number, labels: ArrayLike<number>, options: { loss?: string; lambda?: number }): Classifier;
    prototype: Classifier;
  };
  Perceptron: {
    new (
      inputs: ArrayLike<number>,
      inputDim: number,
      labels: ArrayLike<number>,
      options: { learningRate?: number; maxEpochs?: number; shuffle?: boolean; seed?: number },
      initial: ArrayLike<number>,
    ): Perceptron;
    prototype: Perceptron;
  };

  // -- members: valley lab extras --
}

export default function createDescentCore(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string) => string;
}): Promise<DescentCore>;
