// The keyboard on the Network lab's decision map (issue 13): the map takes focus, arrow keys move
// a cursor over the input box and Enter adds a training point of the class chosen beside the
// map, as a click does. Kept apart from the map card, whose drawing is its own business: this
// only needs the canvas and the box it covers (the heat map fills the canvas).
import { CanvasCursor } from '../shared/canvas-cursor.js';
import { BOX } from './network-map-card.js';

/**
 * @param {import('./network-map-card.js').NetworkMapCard} card
 * @param {(key: string, params?: object) => string} t
 * @param {(point: number[]) => void} addPoint [x, y, class]
 * @returns {CanvasCursor}
 */
export function mapKeyboard(card, t, addPoint) {
  const canvas = card.canvas;
  const frame = () => {
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    if (width === 0 || height === 0) return null;
    return {
      box: BOX,
      width,
      height,
      /** @type {(x: number, y: number) => [number, number]} */
      toPixel: (x, y) => [
        ((x - BOX.xMin) / (BOX.xMax - BOX.xMin)) * width,
        ((BOX.yMax - y) / (BOX.yMax - BOX.yMin)) * height,
      ],
    };
  };
  const cursor = new CanvasCursor(canvas, t('a11y.network.mapName'), {
    frame: /** @type {any} */ (frame),
    enter: (at) => {
      addPoint([Number(at.x.toFixed(2)), Number(at.y.toFixed(2)), card.pointClass]);
      describe();
    },
    moved: () => describe(),
  });
  const describe = () =>
    cursor.describe(() => {
      const at = cursor.at ?? { x: 0, y: 0 };
      return t('a11y.network.mapAt', { cx: at.x.toFixed(2), cy: at.y.toFixed(2) });
    }, true);
  return cursor;
}
