// The play/pause loop every lab runs: one callback per animation frame while running. The
// callback may stop the loop (a run finished or diverged); then no further frame is scheduled.

export class FrameLoop {
  /** @param {() => void} frame work for one animation frame (a batched step(n) and a redraw) */
  constructor(frame) {
    this.frame = frame;
    this.running = false;
    this.handle = 0;
  }

  /** @param {boolean} running */
  set(running) {
    this.running = running;
    cancelAnimationFrame(this.handle);
    if (running) this.handle = requestAnimationFrame(() => this.tick());
  }

  tick() {
    if (!this.running) return;
    this.frame();
    if (this.running) this.handle = requestAnimationFrame(() => this.tick());
  }
}

/**
 * Smoothed main-thread time of a frame (steps, reads, drawing), published on the lab element's
 * data-frame-ms for tests and anyone who inspects it: it must stay well under a 60 fps frame.
 */
export class FrameTimer {
  /**
   * @param {HTMLElement} element
   * @param {{ trackMax?: boolean }} [options] also publish the worst frame (data-frame-ms-max)
   */
  constructor(element, { trackMax = false } = {}) {
    this.element = element;
    this.trackMax = trackMax;
    this.mean = undefined;
    this.max = 0;
  }

  /** Runs `work` and records its duration. @param {() => void} work */
  measure(work) {
    const begin = performance.now();
    work();
    const ms = performance.now() - begin;
    this.mean = this.mean === undefined ? ms : 0.9 * this.mean + 0.1 * ms;
    this.element.dataset.frameMs = this.mean.toFixed(2);
    if (this.trackMax) {
      this.max = Math.max(this.max, ms);
      this.element.dataset.frameMsMax = this.max.toFixed(2);
    }
  }
}
