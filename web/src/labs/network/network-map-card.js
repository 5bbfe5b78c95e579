// The Network lab's decision map card: the heat map canvas, the class a click adds, and the
// click -> data point conversion. Drawing is the NetworkHeatMap view's; the canvas's size is
// the stylesheet's (the card's width, square), and its backing store follows that size in
// device pixels, so the map is drawn sharp at any width and pixel ratio, never stretched.
import { el } from '../controls.js';
import { NetworkHeatMap } from '../../views/network-heat-map.js';
import { observePixelSize } from '../shared/fluid-size.js';

export const BOX = Object.freeze({ xMin: -6, xMax: 6, yMin: -6, yMax: 6 });
const MAP_SIZE = 320; // CSS pixels until the first layout reports the real size

export class NetworkMapCard {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {(point: number[]) => void} onPoint a click's [x, y, class]
   */
  constructor(t, onPoint) {
    this.t = t;
    this.pointClass = 1;
    const canvas = el('canvas', { className: 'net-map', testid: 'network-map' });
    canvas.width = MAP_SIZE;
    canvas.height = MAP_SIZE;
    canvas.addEventListener('click', (event) => onPoint(this.pointAt(event)));
    this.heatMap = new NetworkHeatMap(canvas, BOX);
    this.stopObserving = observePixelSize(canvas, (size) => this.heatMap.resize(size));
    this.classSelect = el('select', {
      testid: 'point-class',
      onChange: () => {
        this.pointClass = Number(this.classSelect.value);
      },
    });
    this.element = el('div', { className: 'net-map-card' }, [
      el('div', { className: 'net-map-title', text: t('network.map.title') }),
      canvas,
      el('label', { className: 'control' }, [
        el('span', { text: t('network.map.clickClass') }),
        this.classSelect,
      ]),
    ]);
  }

  get canvas() {
    return this.heatMap.canvas;
  }

  /**
   * The classes a click can add for the model's task.
   * @param {string} task @param {number} outputs
   */
  setTask(task, outputs) {
    const t = this.t;
    let options;
    if (task === 'multi-class') {
      options = Array.from({ length: outputs }, (_, k) => ({
        value: k,
        text: t('network.map.class', { k: k + 1 }),
      }));
    } else if (task === 'regression') {
      options = [
        { value: 1, text: t('network.map.high') },
        { value: -1, text: t('network.map.low') },
      ];
    } else {
      options = [
        { value: 1, text: t('network.map.positive') },
        { value: 0, text: t('network.map.negative') },
      ];
    }
    const elements = options.map((o) => el('option', { value: String(o.value), text: o.text }));
    this.classSelect.replaceChildren(...elements);
    if (!options.some((o) => o.value === this.pointClass)) this.pointClass = options[0].value;
    this.classSelect.value = String(this.pointClass);
  }

  /** @param {MouseEvent} event @returns {number[]} [x, y, class] at the click */
  pointAt(event) {
    const canvas = this.canvas;
    // The picture fills the content box (inside the border) of the canvas.
    const rect = canvas.getBoundingClientRect();
    const left = rect.left + canvas.clientLeft;
    const top = rect.top + canvas.clientTop;
    const px = ((event.clientX - left) / canvas.clientWidth) * this.heatMap.width;
    const py = ((event.clientY - top) / canvas.clientHeight) * this.heatMap.height;
    const { x, y } = this.heatMap.toData(px, py);
    return [Number(x.toFixed(2)), Number(y.toFixed(2)), this.pointClass];
  }

  /** @param {object} scene what NetworkHeatMap.draw takes */
  draw(scene) {
    this.heatMap.draw(scene);
  }

  /** Stops following the canvas's size (the lab is unmounted). */
  dispose() {
    this.stopObserving();
  }
}
