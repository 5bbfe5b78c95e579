// The Embed button every lab shows next to its file buttons: a dialog with the snippet for the
// lab as it is set now, as an iframe (with the sizing script) and as one <descent-lab> element,
// each with a Copy button; and, in embed mode, an "Open full page" link to the same state.
import { el } from '../controls.js';
import { embedSnippets } from '../../embed/snippets.js';
import '../../embed/embed.css';

/** @typedef {import('./lab-controller.js').LabController} LabController */

/**
 * Copies `text`; falls back to selecting it in `area` (clipboard access is often blocked in a
 * framed page). Resolves to whether the text is on the clipboard.
 * @param {string} text @param {HTMLTextAreaElement} area
 */
async function copyText(text, area) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/**
 * One snippet: its label, the code (read-only, selectable) and a Copy button with its status.
 * @param {(key: string) => string} t @param {string} name 'iframe' or 'element'
 * @param {string} code
 */
function snippetBlock(t, name, code) {
  const area = el('textarea', {
    className: 'embed-code',
    testid: `embed-${name}-code`,
    readonly: '',
    rows: String(code.split('\n').length + 1),
    spellcheck: 'false',
  });
  area.value = code;
  const status = el('span', { className: 'embed-status', role: 'status' });
  const copy = el('button', {
    type: 'button',
    testid: `embed-${name}-copy`,
    text: t('embed.copy'),
    onClick: async () => {
      const done = await copyText(area.value, area);
      status.textContent = t(done ? 'embed.copied' : 'embed.copyFailed');
    },
  });
  const id = `embed-${name}-label`;
  area.setAttribute('aria-labelledby', id);
  return el('div', { className: 'embed-snippet' }, [
    el('div', { className: 'embed-snippet-head' }, [
      el('strong', { id, text: t(`embed.${name}`) }),
      copy,
      status,
    ]),
    area,
  ]);
}

/**
 * The snippets of the page as it is now.
 * @param {LabController} controller @param {{ labId: string, language: string }} page
 */
function currentSnippets(controller, { labId, language }) {
  const title = `Descent: ${controller.t(`lab.${labId}`)}`;
  return embedSnippets({ href: location.href, labId, language, title });
}

/**
 * Opens the Embed dialog for the lab's current state (a new one each time: the state moves).
 * @param {LabController} controller @param {{ labId: string, language: string }} page
 */
export function openEmbedDialog(controller, page) {
  const t = controller.t;
  const snippets = currentSnippets(controller, page);
  const close = el('button', { type: 'button', testid: 'embed-close', text: t('embed.close') });
  const dialog = el('dialog', { className: 'embed-dialog', testid: 'embed-dialog' }, [
    el('h2', { text: t('embed.title') }),
    el('p', { className: 'embed-intro', text: t('embed.intro') }),
    snippetBlock(t, 'iframe', snippets.iframe),
    snippetBlock(t, 'element', snippets.element),
    el('p', { className: 'embed-intro', text: t('embed.docs') }),
    el('div', { className: 'buttons' }, [close]),
  ]);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => dialog.remove());
  controller.lab.element.append(dialog);
  dialog.showModal();
  return dialog;
}

/**
 * Adds the Embed button after the lab's file buttons (registered as `embed`, so hide= can
 * name it) and, in embed mode, the "Open full page" link after it.
 * @param {LabController} controller
 * @param {{ labId: string, language: string, embedded: boolean }} page
 */
export function addEmbedControls(controller, page) {
  const controls = controller.controls;
  const button = controls.register(
    'embed',
    el('button', {
      type: 'button',
      testid: 'embed',
      text: controller.t('embed.button'),
      onClick: () => openEmbedDialog(controller, page),
    }),
  );
  controls.exportCsv.after(button);
  if (!page.embedded) return;
  const link = controls.register(
    'openFullPage',
    el('a', {
      className: 'open-full-page',
      testid: 'open-full-page',
      target: '_blank',
      rel: 'noopener',
      text: controller.t('embed.openFull'),
    }),
  );
  // The link follows the state: it is written when it is about to be used.
  const refresh = () => {
    link.setAttribute('href', currentSnippets(controller, page).fullPage);
  };
  refresh();
  for (const type of ['pointerdown', 'focus', 'mouseenter']) link.addEventListener(type, refresh);
  controller.events.addEventListener('state', refresh);
  button.after(link);
}
