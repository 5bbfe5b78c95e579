// Canvases that follow their container's width (issue 12: every lab fluid from 320 to 2560 px).
// A ResizeObserver reports the container's content width, once per animation frame and only when
// the whole-pixel width changed, so a view re-rasterises at the device pixel ratio for its new
// size and redraws from the data it already has (no call into the core).
import { setupCanvas } from '../../views/plot-frame.js';

/**
 * Calls `onWidth(width)` with the element's content width (inside its padding and scroll bar) in
 * whole CSS pixels once it is laid out and after every change of it. Returns a function that
 * stops observing.
 * @param {HTMLElement} element
 * @param {(width: number) => void} onWidth
 * @returns {() => void}
 */
export function observeWidth(element, onWidth) {
  let reported = -1;
  let pending = 0;
  const report = () => {
    pending = 0;
    const style = getComputedStyle(element);
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    const width = Math.floor(element.clientWidth - padding);
    if (width <= 0 || width === reported) return;
    reported = width;
    onWidth(width);
  };
  const observer = new ResizeObserver(() => {
    if (!pending) pending = requestAnimationFrame(report);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    if (pending) cancelAnimationFrame(pending);
  };
}

/**
 * The side of a square view that fills `width`, kept within [min, max] CSS pixels.
 * @param {number} width @param {number} min @param {number} max
 */
export function squareSide(width, min, max) {
  return Math.max(min, Math.min(max, Math.floor(width)));
}

/**
 * A canvas drawn at a size that follows its card's width (a fixed aspect ratio): `resize` gets
 * the new CSS size (the canvas already set up for it, at the device pixel ratio) and redraws.
 * @param {HTMLElement} card the element whose content width the canvas fills
 * @param {HTMLCanvasElement} canvas
 * @param {{ min: number, max: number, aspect: number }} bounds width bounds, height / width
 * @param {(ctx: CanvasRenderingContext2D, width: number, height: number) => void} resize
 * @returns {() => void} stops following the card
 */
export function followCardWidth(card, canvas, bounds, resize) {
  return observeWidth(card, (width) => {
    const side = squareSide(width, bounds.min, bounds.max);
    const height = Math.round(side * bounds.aspect);
    resize(setupCanvas(canvas, side, height), side, height);
  });
}

/**
 * Lets a canvas drawn at a fixed CSS size shrink with a narrow card (never grow): at most as wide
 * as the card, its aspect ratio kept. For canvases without clicks, or whose clicks are mapped
 * through their rect's scale.
 * @param {HTMLCanvasElement} canvas
 */
export function shrinkWithCard(canvas) {
  canvas.style.maxWidth = '100%';
  canvas.style.height = 'auto';
}

/**
 * @typedef {object} PixelSize
 * @property {number} width       CSS pixels of the element's content box
 * @property {number} height
 * @property {number} pixelWidth  device pixels that cover it: a canvas's backing size for a
 *   sharp picture
 * @property {number} pixelHeight
 */

/**
 * Calls `onSize` with an element's content size in CSS pixels and in device pixels (the CSS
 * size times devicePixelRatio, rounded) once it is laid out and after every change of its size,
 * at most once per animation frame. (Not the device-pixel-content-box: headless Chromium with an
 * emulated pixel ratio reports it in CSS pixels.) Returns a function that stops observing.
 * @param {HTMLElement} element
 * @param {(size: PixelSize) => void} onSize
 * @returns {() => void}
 */
export function observePixelSize(element, onSize) {
  /** @type {PixelSize | null} */
  let latest = null;
  let reported = '';
  let pending = 0;
  const report = () => {
    pending = 0;
    if (!latest || latest.width <= 0 || latest.height <= 0) return;
    const key = `${latest.width}x${latest.height}@${latest.pixelWidth}x${latest.pixelHeight}`;
    if (key === reported) return;
    reported = key;
    onSize(latest);
  };
  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    const box = entry.contentBoxSize?.[0];
    const width = box ? box.inlineSize : entry.contentRect.width;
    const height = box ? box.blockSize : entry.contentRect.height;
    const ratio = globalThis.devicePixelRatio || 1;
    latest = {
      width,
      height,
      pixelWidth: Math.round(width * ratio),
      pixelHeight: Math.round(height * ratio),
    };
    if (!pending) pending = requestAnimationFrame(report);
  });
  observer.observe(element);
  return () => {
    observer.disconnect();
    if (pending) cancelAnimationFrame(pending);
  };
}
