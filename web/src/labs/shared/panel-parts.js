// Composite pieces several labs' panels build from the controls of ../controls.js: a slider for
// rates on a log scale, and a labelled readout.
import { el, formatNumber, sliderControl } from '../controls.js';

/**
 * A slider over a logarithmic range whose value reads with three significant digits (learning
 * rates, penalties).
 * @param {{ label: string, testid: string, range: { min: number, max: number }, value: number,
 *   onChange: (value: number) => void }} spec
 */
export function logRateSlider({ label, testid, range, value, onChange }) {
  const format = (v) => formatNumber(v, 3);
  return sliderControl({ label, testid, log: true, ...range, value, format, onChange });
}

/**
 * A labelled readout: the label, then an <output> the lab writes into.
 * @param {string} label @param {string} testid @param {string} [className]
 * @returns {{ element: HTMLElement, output: HTMLOutputElement }}
 */
export function readoutRow(label, testid, className = 'readout') {
  const output = el('output', { testid });
  return { element: el('div', { className }, [el('span', { text: label }), output]), output };
}
