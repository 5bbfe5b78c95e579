// Canvases that follow their container's width (issue 12: every lab fluid from 320 to 2560 px).
// A ResizeObserver reports the container's content width, once per animation frame and only when
// the whole-pixel width changed, so a view re-rasterises at the device pixel ratio for its new
// size and redraws from the data it already has (no call into the core).

/**
 * Calls `onWidth(width)` with the element's content width in whole CSS pixels now (when it is
 * laid out) and after every change of it. Returns a function that stops observing.
 * @param {HTMLElement} element
 * @param {(width: number) => void} onWidth
 * @returns {() => void}
 */
export function observeWidth(element, onWidth) {
  let reported = -1;
  let pending = 0;
  const report = () => {
    pending = 0;
    const width = Math.floor(element.clientWidth);
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
 * Lets a canvas drawn at a fixed CSS size (setupCanvas) scale with its card instead: it fills
 * the card's width and keeps its aspect ratio; clicks are mapped through the canvas's rect, so
 * they stay right at any scale.
 * @param {HTMLCanvasElement} canvas
 */
export function scaleWithCard(canvas) {
  canvas.style.width = '100%';
  canvas.style.height = 'auto';
  canvas.classList.add('scales');
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
