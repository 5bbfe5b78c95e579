// When the page that embeds a lab blocks downloads (an iframe sandboxed without
// allow-downloads: the browser drops the download without a word), the file is offered another
// way: opened in a new tab (from where it can be saved) or, for a text file, copied to the
// clipboard, with a message that says why. file-export.js decides when (downloadSupport).
import './download-fallback.css';
import { el } from '../controls.js';

/**
 * Whether a download from this page can happen: 'allowed' (not in a frame, or a frame whose
 * sandbox allows downloads), 'blocked' (a sandboxed frame without allow-downloads, read from
 * the frame element when the embedding page is same-origin), or 'unknown' (in a frame of another
 * origin: its sandbox cannot be read, and a dropped download raises no event).
 * @param {Window} win
 * @returns {'allowed' | 'blocked' | 'unknown'}
 */
export function downloadSupport(win) {
  let framed;
  try {
    framed = win.self !== win.top;
  } catch {
    framed = true;
  }
  if (!framed) return 'allowed';
  let frame;
  try {
    frame = win.frameElement;
  } catch {
    frame = null; // a browser that throws instead of giving null for another origin's frame
  }
  if (!frame) return 'unknown';
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox === null) return 'allowed';
  return sandbox.split(/\s+/).includes('allow-downloads') ? 'allowed' : 'blocked';
}

/**
 * @typedef {object} FileOffer
 * @property {string} name the file's name
 * @property {Blob} blob its content
 * @property {string | null} text its text (a text file: it can be copied), or null
 * @property {'blocked' | 'unknown'} support why the offer is made
 */

/**
 * Shows the file's offer in `container` (replacing an earlier one): the reason, Open in a new
 * tab, Copy (text files) and Close. The object URL lives until the offer is closed.
 * @param {FileOffer} offer
 * @param {{ t: (key: string, params?: object) => string, container: HTMLElement }} page
 * @returns {HTMLElement} the offer's element
 */
export function offerFile({ name, blob, text, support }, { t, container }) {
  container.querySelector('[data-testid="download-fallback"]')?.remove();
  const url = URL.createObjectURL(blob);
  const reasonKey =
    support === 'unknown'
      ? 'download.maybeBlocked'
      : text === null
        ? 'download.blockedBinary'
        : 'download.blocked';
  const status = el('p', {
    className: 'download-status',
    testid: 'download-status',
    role: 'status',
  });
  const dialog = el('div', {
    className: 'download-fallback',
    testid: 'download-fallback',
    role: 'dialog',
    'aria-label': name,
  });
  const close = () => {
    dialog.remove();
    URL.revokeObjectURL(url);
  };
  const open = el('button', {
    type: 'button',
    testid: 'download-open',
    text: t('download.open'),
    onClick: () => {
      // A sandbox without allow-popups refuses the tab: window.open then gives null.
      const tab = window.open(url, '_blank');
      if (!tab) status.textContent = t('download.openFailed', { file: name });
    },
  });
  const buttons = el('div', { className: 'buttons' }, [open]);
  if (text !== null) {
    buttons.append(
      el('button', {
        type: 'button',
        testid: 'download-copy',
        text: t('download.copy'),
        onClick: () => copyText(text, name, { t, dialog, status }),
      }),
    );
  }
  buttons.append(
    el('button', {
      type: 'button',
      testid: 'download-close',
      text: t('download.close'),
      onClick: close,
    }),
  );
  dialog.append(
    el('p', { testid: 'download-reason', text: t(reasonKey, { file: name }) }),
    buttons,
    status,
  );
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  container.append(dialog);
  open.focus();
  return dialog;
}

/**
 * Copies `text` by the Clipboard API; where the embedding page refuses it too, the text is
 * shown selected in a box, for the student to copy by hand.
 */
async function copyText(text, name, { t, dialog, status }) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = t('download.copied', { file: name });
  } catch (error) {
    const box = /** @type {HTMLTextAreaElement} */ (
      el('textarea', { testid: 'download-text', readonly: '', rows: '6' })
    );
    box.value = text;
    dialog.querySelector('[data-testid="download-text"]')?.remove();
    dialog.insertBefore(box, status);
    box.focus();
    box.select();
    const message = error instanceof Error ? error.name : String(error);
    status.textContent = t('download.copyFailed', { message });
  }
}
