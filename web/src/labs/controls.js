// Small DOM builders for lab controls. Every control carries a data-testid so the E2E tests
// (and students' bug reports) can name it.

/**
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag @param {Record<string, any>} [props] @param {(Node|string)[]} [children]
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  // A readout changes every frame while training: as a live region (an <output>'s default) it
  // would flood a screen reader. The lab's narration (shared/narration.js) speaks instead.
  if (tag === 'output' && !('aria-live' in props)) node.setAttribute('aria-live', 'off');
  for (const [key, value] of Object.entries(props)) {
    if (key === 'className') node.className = value;
    else if (key === 'testid') node.dataset.testid = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2).toLowerCase(), value);
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/**
 * @param {{ label: string, testid: string, options: { value: string, text: string }[],
 *   value: string, onChange: (value: string) => void }} spec
 */
export function selectControl({ label, testid, options, value, onChange }) {
  const select = el('select', { testid, onChange: () => onChange(select.value) });
  for (const option of options)
    select.append(el('option', { value: option.value, text: option.text }));
  select.value = value;
  return {
    element: el('label', { className: 'control' }, [el('span', { text: label }), select]),
    input: select,
  };
}

/**
 * A slider over a linear or logarithmic range with the value shown beside it.
 * @param {{ label: string, testid: string, min: number, max: number, value: number,
 *   log?: boolean, step?: number, format?: (v: number) => string,
 *   onChange: (value: number) => void }} spec
 */
export function sliderControl({
  label,
  testid,
  min,
  max,
  value,
  log = false,
  step,
  format = String,
  onChange,
}) {
  const steps = 1000;
  const toSlider = (v) => (log ? (Math.log10(v / min) / Math.log10(max / min)) * steps : v);
  const fromSlider = (s) => {
    if (!log) return s;
    const v = min * (max / min) ** (s / steps);
    return Number(v.toPrecision(3)); // round to what a student can read and type
  };
  const input = el('input', {
    type: 'range',
    testid,
    min: log ? 0 : min,
    max: log ? steps : max,
    step: log ? 1 : (step ?? (max - min) / 100),
  });
  input.value = String(toSlider(value));
  const shown = el('output', { text: format(value) });
  input.addEventListener('input', () => {
    const v = fromSlider(Number(input.value));
    shown.textContent = format(v);
    onChange(v);
  });
  const element = el('label', { className: 'control' }, [
    el('span', { text: label }),
    input,
    shown,
  ]);
  const set = (v) => {
    input.value = String(toSlider(v));
    shown.textContent = format(v);
  };
  return { element, input, set, hint: (text) => element.setAttribute('title', text) };
}

/**
 * @param {{ label: string, testid: string, value: boolean,
 *   onChange: (v: boolean) => void }} spec
 */
export function checkboxControl({ label, testid, value, onChange }) {
  const input = el('input', { type: 'checkbox', testid, onChange: () => onChange(input.checked) });
  input.checked = value;
  return {
    element: el('label', { className: 'control checkbox' }, [input, el('span', { text: label })]),
    input,
  };
}

/** @param {{ text: string, testid: string, onClick: () => void, className?: string }} spec */
export function buttonControl({ text, testid, onClick, className = '' }) {
  return el('button', { type: 'button', testid, className, onClick, text });
}

/** Formats a number for readouts: fixed digits for ordinary sizes, exponent otherwise. */
export function formatNumber(value, digits = 4) {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5))
    return value.toExponential(digits - 1);
  return Number(value.toFixed(digits)).toString();
}
