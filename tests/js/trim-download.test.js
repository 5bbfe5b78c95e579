// @vitest-environment happy-dom
/* global document, window, HTMLAnchorElement -- happy-dom provides them (this environment) */
// Exports when the embedding page blocks downloads: when the page can tell (downloadSupport)
// and how the file is offered instead (offerFile, downloadText).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../web/src/i18n/i18n.js';
import { downloadSupport, offerFile } from '../../web/src/labs/shared/download-fallback.js';
import { downloadText } from '../../web/src/labs/shared/file-export.js';

/** A window as a frame sees it: `top` another window, `frameElement` readable or not. */
function framed(sandbox, { readable = true } = {}) {
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  const win = { top: {}, frameElement: readable ? frame : null };
  return /** @type {any} */ ({ ...win, self: win });
}

describe('downloadSupport', () => {
  it('allows a page that is not in a frame', () => {
    const win = /** @type {any} */ ({});
    win.self = win;
    win.top = win;
    expect(downloadSupport(win)).toBe('allowed');
  });

  it('reads a same-origin frame: no sandbox or allow-downloads allow, others block', () => {
    expect(downloadSupport(framed(null))).toBe('allowed');
    expect(downloadSupport(framed('allow-scripts allow-downloads'))).toBe('allowed');
    expect(downloadSupport(framed('allow-scripts allow-same-origin'))).toBe('blocked');
    expect(downloadSupport(framed(''))).toBe('blocked');
  });

  it('cannot tell in a frame of another origin', () => {
    expect(downloadSupport(framed('allow-scripts', { readable: false }))).toBe('unknown');
  });
});

describe('offerFile', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  const page = (language = 'en') => {
    const container = document.createElement('div');
    document.body.append(container);
    return { t: translator(language), container };
  };

  it('says why, in the page language, and offers open, copy (text files) and close', () => {
    const blob = new Blob(['a,b\n'], { type: 'text/csv' });
    const { container, t } = page('zh');
    offerFile({ name: 'x.csv', blob, text: 'a,b\n', support: 'blocked' }, { t, container });
    const reason = container.querySelector('[data-testid="download-reason"]');
    expect(reason?.textContent).toBe(
      '嵌入本实验的页面禁止了下载。请在新标签页中打开 x.csv，或复制其内容。',
    );
    expect(container.querySelector('[data-testid="download-copy"]')).not.toBeNull();
    /** @type {HTMLButtonElement} */ (
      container.querySelector('[data-testid="download-close"]')
    ).click();
    expect(container.querySelector('[data-testid="download-fallback"]')).toBeNull();
  });

  it('offers no copy for an image, and says when new tabs are refused too', () => {
    const { container, t } = page();
    const blob = new Blob([new Uint8Array([1, 2])], { type: 'image/png' });
    offerFile({ name: 'map.png', blob, text: null, support: 'blocked' }, { t, container });
    expect(container.querySelector('[data-testid="download-copy"]')).toBeNull();
    vi.spyOn(window, 'open').mockReturnValue(null);
    /** @type {HTMLButtonElement} */ (
      container.querySelector('[data-testid="download-open"]')
    ).click();
    expect(container.querySelector('[data-testid="download-status"]')?.textContent).toBe(
      'The embedding page blocks new tabs too: open the lab on its own page to save map.png.',
    );
  });

  it('copies a text file, or shows it selected when the clipboard is refused', async () => {
    const { container, t } = page();
    const blob = new Blob(['{}'], { type: 'application/json' });
    offerFile({ name: 's.json', blob, text: '{}', support: 'unknown' }, { t, container });
    expect(container.querySelector('[data-testid="download-reason"]')?.textContent).toContain(
      'If s.json was not saved',
    );
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(/** @type {any} */ ({ writeText }));
    /** @type {HTMLButtonElement} */ (
      container.querySelector('[data-testid="download-copy"]')
    ).click();
    await vi.waitFor(() => expect(container.querySelector('textarea')).not.toBeNull());
    expect(/** @type {HTMLTextAreaElement} */ (container.querySelector('textarea')).value).toBe(
      '{}',
    );
    expect(container.querySelector('[data-testid="download-status"]')?.textContent).toContain(
      'NotAllowedError',
    );
  });
});

describe('downloadText', () => {
  it('does not offer anything outside a frame (the download goes through a link)', () => {
    const container = document.createElement('div');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('a.csv', 'x\n', 'text/csv', { t: translator('en'), container });
    expect(click).toHaveBeenCalledTimes(1);
    expect(container.childElementCount).toBe(0);
    click.mockRestore();
  });
});
