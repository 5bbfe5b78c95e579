// Descent's host script for course pages (docs/embedding.md). Served with the site; plain JS,
// no build step. Load it with <script src=".../embed.js" async></script> and it
//   - sizes every <iframe data-descent> to the lab's content height (no inner scrollbar),
//   - defines <descent-lab lab="network" params="..." lang="zh">, one tag for one lab,
//   - offers DescentEmbed.connect(iframe) for scripting: play(), pause(), step(), reset(),
//     setState(), read() (each a Promise of the lab's reply) and the lab's events (ready, step,
//     cost, play, pause, reset, state, report, height) dispatched as DOM events on the iframe
//     (or on the <descent-lab> element).
// Messages are taken only from the iframe's own window and the origin of its src.
(function () {
  'use strict';
  if (window.DescentEmbed) return; // loaded twice: the first copy serves the page

  const PROTOCOL_VERSION = 1;
  const REPLY_TIMEOUT_MS = 10000;
  const LAB_EVENTS = ['ready', 'height', 'play', 'pause', 'step', 'cost', 'reset', 'state'];
  const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
  // The site the labs are served from: where this script came from.
  const siteUrl = new URL('./', script && script.src ? script.src : location.href).href;

  /** @type {Set<DescentFrame>} */
  const frames = new Set();
  /** @type {WeakMap<HTMLIFrameElement, DescentFrame>} */
  const byIframe = new WeakMap();

  /** A lab in an iframe: its height, its events and the commands it obeys. */
  class DescentFrame {
    /**
     * @param {HTMLIFrameElement} iframe
     * @param {EventTarget} [target] where the lab's events are dispatched (the iframe itself,
     *   or the <descent-lab> element that holds it)
     */
    constructor(iframe, target) {
      this.iframe = iframe;
      this.target = target || iframe;
      this.pending = new Map();
      this.nextId = 1;
      this.restart();
    }

    /** Forgets the lab that was loaded (a new src): commands wait for the next `ready`. */
    restart() {
      this.src = this.iframe.src;
      this.origin = new URL(this.iframe.src || 'about:blank', location.href).origin;
      this.ready = false;
      this.summary = null;
      this.queue = [];
      for (const entry of this.pending.values()) {
        clearTimeout(entry.timer);
        entry.reject(new Error('the lab was reloaded'));
      }
      this.pending.clear();
    }

    /** Asks a lab that may already be running (this script came late) to say where it is. */
    probe() {
      this.post({ type: 'read', id: 'probe' });
    }

    post(data) {
      const win = this.iframe.contentWindow;
      if (!win || this.origin === 'null') return;
      win.postMessage(Object.assign({ descent: PROTOCOL_VERSION }, data), this.origin);
    }

    /**
     * Sends a command; resolves with the lab's result, rejects with its reason.
     * @param {string} type @param {object} [fields]
     */
    command(type, fields) {
      return new Promise((resolve, reject) => {
        const id = this.nextId++;
        const data = Object.assign({}, fields, { type: type, id: id });
        const send = () => {
          const timer = setTimeout(() => {
            this.pending.delete(id);
            reject(new Error('Descent: no reply from the lab to "' + type + '"'));
          }, REPLY_TIMEOUT_MS);
          this.pending.set(id, { resolve: resolve, reject: reject, timer: timer });
          this.post(data);
        };
        if (this.ready) send();
        else this.queue.push(send);
      });
    }

    play() {
      return this.command('play');
    }
    pause() {
      return this.command('pause');
    }
    toggle() {
      return this.command('toggle');
    }
    /** @param {number} [count] steps in one call (1 by default) */
    step(count) {
      return this.command('step', count === undefined ? {} : { count: count });
    }
    reset() {
      return this.command('reset');
    }
    /** @returns {Promise<object>} lab, language, params, playing, summary, height */
    read() {
      return this.command('read');
    }
    /**
     * @param {{ params?: string | object } | { scenario?: object }} patch URL-style parameters
     *   (merged over the current ones) or scenario sections (each replaces the current one)
     */
    setState(patch) {
      return this.command('setState', patch);
    }

    /** @param {string} type @param {(event: CustomEvent) => void} listener */
    on(type, listener) {
      this.target.addEventListener(type, listener);
      return this;
    }

    /** A message from this iframe's window, already checked for its origin. */
    receive(data) {
      if (data.type === 'reply') return this.answer(data);
      if (LAB_EVENTS.indexOf(data.type) < 0 && data.type !== 'report') return;
      // `ready` carries the height too: an off-screen frame may not report it otherwise.
      if (data.type === 'height' || data.type === 'ready') this.resize(data.height);
      if (data.type === 'ready') this.becomeReady(data);
      if (data.summary) this.summary = data.summary;
      this.target.dispatchEvent(new CustomEvent(data.type, { detail: data }));
    }

    answer(data) {
      if (data.id === 'probe') {
        // The lab was running before this script connected: it is ready now.
        if (data.ok && !this.ready) {
          this.resize(data.result.height);
          this.becomeReady(data.result);
          this.target.dispatchEvent(new CustomEvent('ready', { detail: data.result }));
        }
        return;
      }
      const entry = this.pending.get(data.id);
      if (!entry) return;
      this.pending.delete(data.id);
      clearTimeout(entry.timer);
      if (data.ok) entry.resolve(data.result);
      else entry.reject(new Error('Descent: ' + data.error));
    }

    becomeReady(data) {
      if (this.ready) return;
      this.ready = true;
      this.summary = data.summary || null;
      const queue = this.queue;
      this.queue = [];
      queue.forEach((send) => send());
    }

    /** @param {unknown} height */
    resize(height) {
      if (typeof height !== 'number' || !(height > 0) || height > 100000) return;
      this.iframe.style.height = Math.ceil(height) + 'px';
    }

    disconnect() {
      frames.delete(this);
      byIframe.delete(this.iframe);
    }
  }

  /**
   * Connects an iframe showing a Descent lab (once; later calls return the same object).
   * @param {HTMLIFrameElement} iframe @param {EventTarget} [target]
   */
  function connect(iframe, target) {
    let frame = byIframe.get(iframe);
    if (!frame) {
      frame = new DescentFrame(iframe, target);
      byIframe.set(iframe, frame);
      frames.add(frame);
      frame.probe();
    }
    return frame;
  }

  function isProtocolMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.descent === PROTOCOL_VERSION &&
      typeof data.type === 'string'
    );
  }

  /** The connected frame whose window sent the message; an unconnected data-descent iframe
   *  found on the way is connected (iframes added after this script ran). */
  function frameOf(source) {
    for (const frame of frames) if (frame.iframe.contentWindow === source) return frame;
    for (const iframe of document.querySelectorAll('iframe[data-descent]')) {
      if (iframe.contentWindow === source) return connect(/** @type {any} */ (iframe));
    }
    return null;
  }

  window.addEventListener('message', (event) => {
    if (!isProtocolMessage(event.data)) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    // The page gave the iframe a new src: the lab there announces itself again.
    if (frame.src !== frame.iframe.src) frame.restart();
    // Only the origin of the iframe's src may speak for the lab (a page the iframe navigated
    // to, or a sandboxed one with an opaque origin, is not it).
    if (event.origin !== frame.origin) return;
    frame.receive(event.data);
  });

  /** The lab page's URL for a <descent-lab>: the site, the lab, its state, embed mode. */
  function labUrl(element) {
    const site = element.getAttribute('site') || siteUrl;
    const query = new URLSearchParams((element.getAttribute('params') || '').replace(/^\?/, ''));
    const out = new URLSearchParams();
    out.set('lab', element.getAttribute('lab') || 'valley');
    const lang = element.getAttribute('lang');
    if (lang) out.set('lang', lang);
    out.set('embed', '1');
    // This page's origin, said outright: the lab obeys it even where the referrer is hidden.
    if (location.origin !== 'null') out.set('origin', location.origin);
    query.forEach((value, key) => {
      if (!out.has(key)) out.set(key, value);
    });
    return new URL('?' + out.toString(), new URL(site, location.href)).href;
  }

  /** <descent-lab lab="network" params="..." lang="zh" [site="https://.../descent/"]> */
  class DescentLabElement extends HTMLElement {
    static get observedAttributes() {
      return ['lab', 'params', 'lang', 'site', 'title'];
    }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent =
        ':host{display:block}' +
        'iframe{display:block;width:100%;height:640px;border:0;overflow:hidden}';
      this.iframe = document.createElement('iframe');
      this.iframe.setAttribute('part', 'frame');
      root.append(style, this.iframe);
      this.frame = null;
    }

    connectedCallback() {
      this.frame = connect(this.iframe, this);
      frames.add(this.frame);
      this.load();
    }

    disconnectedCallback() {
      if (this.frame) this.frame.disconnect();
    }

    attributeChangedCallback() {
      if (this.frame && this.isConnected) this.load();
    }

    load() {
      const src = labUrl(this);
      const lab = this.getAttribute('lab') || 'valley';
      this.iframe.title = this.getAttribute('title') || 'Descent: ' + lab;
      if (this.iframe.src === src) return;
      this.iframe.src = src;
      this.frame.restart();
      byIframe.set(this.iframe, this.frame);
    }

    play() {
      return this.frame.play();
    }
    pause() {
      return this.frame.pause();
    }
    toggle() {
      return this.frame.toggle();
    }
    step(count) {
      return this.frame.step(count);
    }
    reset() {
      return this.frame.reset();
    }
    read() {
      return this.frame.read();
    }
    setState(patch) {
      return this.frame.setState(patch);
    }
    /** The last numbers the lab reported ({ step, cost, ... }), or null before any. */
    get summary() {
      return this.frame ? this.frame.summary : null;
    }
  }

  function connectAll() {
    document.querySelectorAll('iframe[data-descent]').forEach((iframe) => connect(iframe));
  }

  window.DescentEmbed = { version: PROTOCOL_VERSION, siteUrl: siteUrl, connect: connect };
  if (!customElements.get('descent-lab')) customElements.define('descent-lab', DescentLabElement);
  connectAll();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connectAll);
})();
