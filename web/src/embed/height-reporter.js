// Tells the embedding page how tall the lab's content is, so that its iframe can be exactly that
// tall and never scroll inside (the host script web/public/embed.js sizes it). Only when framed;
// one message per change of the content's height, measured on the body (which has no minimum
// height, so it follows the content and not the iframe: no feedback loop).

/** The content's height in CSS pixels, rounded up. */
export function contentHeight() {
  const body = document.body;
  return Math.ceil(Math.max(body.getBoundingClientRect().height, body.scrollHeight));
}

/**
 * Starts reporting; returns `measure`, which reports at once (when the height changed). The
 * resize observer runs in the rendering steps, which Chromium skips in an off-screen
 * cross-origin frame: after mounting a lab, call measure() so that the host learns its height.
 * @param {(height: number) => void} report posts the height to the parent
 * @returns {{ measure: () => void, stop: () => void }}
 */
export function startHeightReporter(report) {
  let last = -1;
  const measure = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    report(height);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(document.body);
  // Web fonts and late images change the height without resizing the body's box first.
  window.addEventListener('load', measure);
  measure();
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('load', measure);
  };
  return { measure, stop };
}
