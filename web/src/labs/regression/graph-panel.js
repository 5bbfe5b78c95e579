// Seed 004 §4.2.2's computation graph u = wx, ŷ = u + b, e = y − ŷ, c = e², with the core's
// forward values and backward gradients ∂c/∂node for numbers the student types.
import { el, formatNumber } from '../controls.js';
import { katexIfLoaded, loadKatex } from '../../views/katex-loader.js';

const TEX = {
  x: 'x',
  w: 'w',
  b: 'b',
  y: 'y',
  u: 'u = w x',
  ŷ: '\\hat y = u + b',
  e: 'e = y - \\hat y',
  c: 'c = e^2',
};
const GRAD_TEX = (name) => `\\frac{\\partial c}{\\partial ${name === 'ŷ' ? '\\hat y' : name}}`;

export class GraphPanel {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../engine/engine.js').Engine} engine
   */
  constructor(t, engine) {
    this.engine = engine;
    /** Whether a render is already queued for when KaTeX arrives. */
    this.waitingForKatex = false;
    this.values = { w: 5, x: 1, b: 1, y: 10 };
    const inputs = Object.keys(this.values).map((name) => {
      const input = el('input', {
        type: 'number',
        step: 'any',
        testid: `graph-${name}`,
        value: String(this.values[name]),
      });
      input.addEventListener('input', () => {
        const v = Number.parseFloat(input.value);
        if (Number.isFinite(v)) {
          this.values[name] = v;
          this.render();
        }
      });
      return el('label', { className: 'graph-input' }, [el('span', { text: name }), input]);
    });
    this.table = el('table', { className: 'graph-table', testid: 'graph-table' });
    // Shown only if KaTeX cannot load: the table then names the nodes in plain text.
    this.formulaError = el('p', { className: 'hint', testid: 'graph-formula-error' });
    this.formulaError.hidden = true;
    this.element = el('div', { className: 'chart-card graph-card', testid: 'graph-panel' }, [
      el('h3', { text: t('regression.graph.title') }),
      el('p', { className: 'hint', text: t('regression.graph.hint') }),
      el('div', { className: 'graph-inputs' }, inputs),
      this.table,
      this.formulaError,
    ]);
    this.headers = [
      t('regression.graph.node'),
      t('regression.graph.value'),
      t('regression.graph.gradient'),
    ];
    this.render();
  }

  render() {
    // Formulas are drawn once KaTeX has loaded (their cells stay empty until then, never raw
    // TeX); the first render without it asks for one more render when it arrives.
    const katex = katexIfLoaded();
    if (!katex && !this.waitingForKatex) {
      this.waitingForKatex = true;
      // A panel removed while KaTeX loaded (the lab disposed) has nothing left to draw.
      const renderIfShown = () => {
        if (this.element.isConnected) this.render();
      };
      loadKatex().then(renderIfShown, (error) => {
        this.formulaError.textContent = String(error?.message ?? error);
        this.formulaError.hidden = false;
        renderIfShown();
      });
    }
    const { w, x, b, y } = this.values;
    let graph;
    try {
      graph = this.engine.regressionGraph(w, x, b, y);
    } catch (error) {
      this.table.textContent = error.message;
      return;
    }
    const head = el(
      'tr',
      {},
      this.headers.map((h) => el('th', { text: h })),
    );
    const rows = [...graph.nodes]
      .sort((a, c) => a.depth - c.depth)
      .map((node) => {
        const formula = el('td');
        const gradient = el('td');
        const gradientTex = el('span');
        if (katex) {
          katex.render(TEX[node.name] ?? node.name, formula, { throwOnError: false });
          katex.render(`${GRAD_TEX(node.name)} =`, gradientTex, { throwOnError: false });
        } else if (!this.formulaError.hidden) {
          formula.textContent = node.name;
          gradientTex.textContent = `∂c/∂${node.name} =`;
        }
        gradient.append(gradientTex, ` ${formatNumber(node.gradient)}`);
        return el('tr', { 'data-node': node.name }, [
          formula,
          el('td', { text: formatNumber(node.value) }),
          gradient,
        ]);
      });
    this.table.replaceChildren(head, ...rows);
  }
}
