// Workloads 1–3 through the page's real Embind module (web/src/engine/generated/descent-core.*),
// the way the Network lab will call it: batched step(n), cost reads and one grid call per frame.
// Prints the same JSON lines as the C++ harness with impl "wasm-embind", or one {"note": ...}
// line when the module has no Network bindings yet (they are written in parallel) or when they
// do not offer what this adapter needs.
//
// Real API (web/src/engine/engine.js, network-model.js):
//   engine.createNetwork(networkOptions, dataOptions, trainerOptions) → NetworkModel with
//   step(n), trainCost(), costHistory(), gridView(n, box), dispose().
// The network is the native harness's: 2-6x8-1 tanh, spiral of 500 points split 250/250, SGD
// with mini-batches of 10 drawn without replacement. Unlike the harness, NetworkModel also
// records the per-step layer statistics (‖δ^l‖, ‖∂C/∂W^l‖, ‖ΔW‖/‖W‖) and the θ path the page
// shows, so these rows measure what the lab really pays per step.
// Usage: node bench/embind/bench.mjs [--quick] [--reps N]
import { existsSync } from 'node:fs';
import { parseArgs, rate, report } from '../lib/timing.mjs';

const options = parseArgs(process.argv.slice(2), 'wasm-embind');
const note = (text) => console.log(JSON.stringify({ note: text }));

const generated = new URL('../../web/src/engine/generated/descent-core.wasm', import.meta.url);
if (!existsSync(generated)) {
  note('web/src/engine/generated/descent-core.wasm not built; Embind rows skipped');
  process.exit(0);
}
const { loadEngine } = await import('../../web/src/engine/load-node.js');
const engine = await loadEngine();
if (typeof engine.core.NetworkModel !== 'function') {
  note(
    'the Embind module has no NetworkModel yet (Network bindings not merged); Embind rows skipped',
  );
  process.exit(0);
}

const NETWORK = {
  hiddenSizes: [8, 8, 8, 8, 8, 8],
  hiddenActivation: 'tanh',
  outputActivation: 'tanh',
  cost: 'half-squared',
  seed: 1,
};
const DATA = { dataset: 'spiral', count: 500, noise: 0, seed: 7, testFraction: 0.5 };
const TRAINER = {
  learningRate: 0.03,
  optimizer: 'sgd',
  sampling: 'without-replacement',
  batchSize: 10,
  seed: 3,
};

/** Opens the benchmark network through the engine, or returns a reason it cannot. */
function openNetwork() {
  if (typeof engine.createNetwork !== 'function') {
    return {
      error:
        'NetworkModel is registered but engine.createNetwork is missing; adapt bench/embind/bench.mjs',
    };
  }
  try {
    const network = engine.createNetwork(NETWORK, DATA, TRAINER);
    for (const method of ['step', 'trainCost', 'costHistory', 'gridView', 'dispose']) {
      if (typeof network[method] !== 'function') {
        network.dispose?.();
        return { error: `the engine's network has no ${method}(); adapt bench/embind/bench.mjs` };
      }
    }
    return { network };
  } catch (error) {
    return {
      error: `engine.createNetwork failed (${error.message}); adapt bench/embind/bench.mjs`,
    };
  }
}

const probe = openNetwork();
if (probe.error) {
  note(probe.error);
  process.exit(0);
}
probe.network.dispose();
const BOX = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };

function benchTrain() {
  const steps = options.quick ? 50 : 500;
  const rates = [];
  let check = 0;
  for (let rep = 0; rep < options.reps; rep++) {
    const { network } = openNetwork();
    rates.push(rate(() => network.step(steps), 10 * steps, options.minSeconds));
    check = network.trainCost();
    network.dispose();
  }
  report(options, 'train', '2-6x8-1 tanh, SGD batch 10', 'samples/s', rates, false, check);
}

function benchGrid() {
  const { network } = openNetwork();
  network.step(250);
  for (const n of [100, 200]) {
    if (options.quick && n > 100) continue;
    const rates = [];
    let sum = 0;
    for (let rep = 0; rep < options.reps; rep++) {
      rates.push(rate(() => network.gridView(n, BOX), n * n, options.minSeconds));
    }
    // A view into wasm memory: summed at once, before the next call into the module.
    const values = network.gridView(n, BOX);
    for (let i = 0; i < values.length; i++) sum += values[i];
    report(options, 'grid', `${n}x${n}, all neurons`, 'points/s', rates, false, sum);
  }
  network.dispose();
}

function benchFrame() {
  const rates = [];
  let check = 0;
  for (let rep = 0; rep < options.reps; rep++) {
    const { network } = openNetwork();
    rates.push(
      rate(
        () => {
          // 25 steps are one epoch: step() records its train and test cost, which the lab
          // reads from the history (as here) rather than computing again.
          network.step(25);
          const history = network.costHistory();
          check = history.train.at(-1) + history.test.at(-1);
          network.gridView(100, BOX);
        },
        1,
        options.minSeconds,
      ),
    );
    network.dispose();
  }
  report(options, 'frame', 'epoch + costs + 100x100 grid', 'ms/frame', rates, true, check);
}

const WORKLOADS = { train: benchTrain, grid: benchGrid, frame: benchFrame };
for (const [name, run] of Object.entries(WORKLOADS)) {
  if (!options.only || options.only === name) run();
}
