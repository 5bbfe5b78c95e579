// A small network diagram for the step-through: one column of neurons per layer, each filled by
// a per-neuron value (a in the forward pass, δ in the backward pass), the current neuron ringed
// and the links the current equation reads drawn dark. Drawing only.
import { cssColor, diverging } from './color-map.js';

/**
 * @typedef {object} StepDiagramScene
 * @property {number[]} sizes n_0 … n_L
 * @property {ArrayLike<number>} values per neuron (NeuronOffset(l) + j), coloured on a
 *   diverging scale symmetric about 0; NaN: not yet computed in this step (drawn hollow)
 * @property {{ layer: number, neuron: number }} current
 * @property {'forward' | 'backward'} phase forward: links from layer l − 1; backward: from l + 1
 * @property {string[]} layerLabels one per layer
 */

/** Neuron centres in CSS pixels, [layer][j] → [x, y]. Shared with hit-testing. */
export function neuronPositions(sizes, width, height, margin = 22) {
  const columns = sizes.length;
  const largest = Math.max(...sizes);
  const spacing = Math.min(34, (height - 2 * margin) / Math.max(1, largest - 1));
  return sizes.map((n, l) => {
    const x = columns === 1 ? width / 2 : margin + ((width - 2 * margin) * l) / (columns - 1);
    const top = height / 2 - (spacing * (n - 1)) / 2;
    return Array.from({ length: n }, (_, j) => [x, top + spacing * j]);
  });
}

/**
 * @param {CanvasRenderingContext2D} ctx
 * @param {number} width CSS pixels
 * @param {number} height CSS pixels
 * @param {StepDiagramScene} scene
 */
export function drawStepDiagram(ctx, width, height, scene) {
  const { sizes, values, current, phase, layerLabels } = scene;
  const positions = neuronPositions(sizes, width, height - 16);
  const largest = Math.max(...sizes);
  const radius = Math.max(2.5, Math.min(11, (height - 60) / (2.6 * largest)));
  let scale = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isFinite(values[i])) scale = Math.max(scale, Math.abs(values[i]));
  }
  ctx.clearRect(0, 0, width, height);
  ctx.save();
  // Every link faint, then the ones the current equation reads dark.
  ctx.lineWidth = 0.6;
  ctx.strokeStyle = 'rgba(120, 130, 140, 0.25)';
  for (let l = 1; l < sizes.length; l++) {
    for (const [x1, y1] of positions[l]) {
      for (const [x0, y0] of positions[l - 1]) line(ctx, x0, y0, x1, y1);
    }
  }
  const sourceLayer = phase === 'forward' ? current.layer - 1 : current.layer + 1;
  const [cx, cy] = positions[current.layer][current.neuron];
  if (sourceLayer >= 0 && sourceLayer < sizes.length) {
    ctx.lineWidth = 1.6;
    ctx.strokeStyle = phase === 'forward' ? 'rgba(9, 105, 218, 0.85)' : 'rgba(207, 34, 46, 0.85)';
    for (const [x, y] of positions[sourceLayer]) line(ctx, x, y, cx, cy);
  }
  let offset = 0;
  for (let l = 0; l < sizes.length; l++) {
    positions[l].forEach(([x, y], j) => {
      const value = values[offset + j];
      ctx.beginPath();
      ctx.arc(x, y, radius, 0, 2 * Math.PI);
      if (Number.isFinite(value)) {
        ctx.fillStyle = cssColor(diverging(scale > 0 ? value / scale : 0));
        ctx.fill();
      }
      ctx.lineWidth = 1;
      ctx.strokeStyle = '#57606a';
      ctx.stroke();
    });
    offset += sizes[l];
  }
  ctx.beginPath();
  ctx.arc(cx, cy, radius + 4, 0, 2 * Math.PI);
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#d4a72c';
  ctx.stroke();
  ctx.fillStyle = '#333';
  ctx.font = '11px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  positions.forEach((column, l) => ctx.fillText(layerLabels[l] ?? '', column[0][0], height - 2));
  ctx.restore();
}

function line(ctx, x0, y0, x1, y1) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}
