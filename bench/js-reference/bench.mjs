// Workloads 1–3 of the benchmark on the JavaScript reference network (nn.js), printing the same
// JSON lines as the C++ harness (bench/native/bench_main.cc) with impl "js".
// Usage: node bench/js-reference/bench.mjs [--quick] [--reps N]
import { NetworkGrid, Trainer, buildNetwork, makeRandom, meanCost, spiralData } from './nn.js';
import { parseArgs, rate, report } from '../lib/timing.mjs';

const options = parseArgs(process.argv.slice(2), 'js');
const SHAPE = [2, 8, 8, 8, 8, 8, 8, 1];

/** 250 training and 250 test points: alternate points of a 500-point spiral. */
function makeData() {
  const all = spiralData(500);
  return { train: all.filter((_p, i) => i % 2 === 0), test: all.filter((_p, i) => i % 2 === 1) };
}

function makeSetup() {
  const { train, test } = makeData();
  const network = buildNetwork(SHAPE, { random: makeRandom(11) });
  return { network, train, test, trainer: new Trainer(network, train, { learningRate: 0.03, batchSize: 10 }) };
}

function benchTrain() {
  const steps = options.quick ? 50 : 500;
  const rates = [];
  for (let rep = 0; rep < options.reps; rep++) {
    const setup = makeSetup();
    rates.push(rate(() => setup.trainer.step(steps), 10 * steps, options.minSeconds));
  }
  // The timed loops run a time-dependent number of steps; the check uses a fixed number.
  const fixed = makeSetup();
  fixed.trainer.step(steps);
  const check = meanCost(fixed.network, fixed.train);
  report(options, 'train', '2-6x8-1 tanh, SGD batch 10', 'samples/s', rates, false, check);
}

function benchGrid() {
  const setup = makeSetup();
  setup.trainer.step(250);
  for (const n of [100, 200]) {
    if (options.quick && n > 100) continue;
    const grid = new NetworkGrid(setup.network, n);
    const rates = [];
    for (let rep = 0; rep < options.reps; rep++) {
      rates.push(rate(() => grid.evaluate(-6, 6, -6, 6), n * n, options.minSeconds));
    }
    let sum = 0;
    for (const image of grid.images.values()) for (const v of image) sum += v;
    report(options, 'grid', `${n}x${n}, all neurons`, 'points/s', rates, false, sum);
  }
}

function benchFrame() {
  const rates = [];
  for (let rep = 0; rep < options.reps; rep++) {
    const setup = makeSetup();
    const grid = new NetworkGrid(setup.network, 100);
    rates.push(
      rate(
        () => {
          setup.trainer.step(25);
          meanCost(setup.network, setup.train);
          meanCost(setup.network, setup.test);
          grid.evaluate(-6, 6, -6, 6);
        },
        1,
        options.minSeconds,
      ),
    );
  }
  const fixed = makeSetup();
  fixed.trainer.step(25);
  const check = meanCost(fixed.network, fixed.train) + meanCost(fixed.network, fixed.test);
  report(options, 'frame', 'epoch + costs + 100x100 grid', 'ms/frame', rates, true, check);
}

const WORKLOADS = { train: benchTrain, grid: benchGrid, frame: benchFrame };
for (const [name, run] of Object.entries(WORKLOADS)) {
  if (!options.only || options.only === name) run();
}
