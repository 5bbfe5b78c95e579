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

// -- interfaces: valley lab extras --
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

  // -- members: valley lab extras --
  SurfaceProbe: { new (surface: Surface): SurfaceProbe; prototype: SurfaceProbe };
}

export default function createDescentCore(options?: {
  wasmBinary?: ArrayBuffer | Uint8Array;
  locateFile?: (path: string) => string;
}): Promise<DescentCore>;
