// The keyboard on the Network lab's decision map (issue 13): the map takes focus, arrow keys move
// a cursor over the input box, Enter adds a training point of the class chosen beside the map,
// as a click does, and Delete removes the nearest point the student added. Kept apart from the
// map card, whose drawing is its own business: this only needs the canvas and the box it covers
// (the heat map fills the canvas).
import { CanvasCursor } from '../shared/canvas-cursor.js';
import { BOX } from './network-map-card.js';

/**
 * @param {import('./network-map-card.js').NetworkMapCard} card
 * @param {(key: string, params?: object) => string} t
 * @param {{ add: (point: number[]) => void, remove: (at: { x: number, y: number }) => void,
 *   status?: () => string }} lab add: a point [x, y, class]; remove: the student's point
 *   nearest to `at`; status: the run's state in words, added to the description
 * @returns {CanvasCursor & { refresh: () => void }} refresh(): the description follows the
 *   run (at most every few seconds; the lab calls it when it draws)
 */
export function mapKeyboard(card, t, { add, remove, status = () => '' }) {
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
      add([Number(at.x.toFixed(2)), Number(at.y.toFixed(2)), card.pointClass]);
      describe();
    },
    remove: (at) => {
      remove(at);
      describe();
    },
    moved: () => describe(),
  });
  const text = () => {
    const at = cursor.at ?? { x: 0, y: 0 };
    const where = t('a11y.network.mapAt', { cx: at.x.toFixed(2), cy: at.y.toFixed(2) });
    return [where, status()].filter(Boolean).join(' ');
  };
  const describe = () => cursor.describe(text, true);
  return Object.assign(cursor, { refresh: () => cursor.describe(text) });
}
