// The keyboard help (`?`): a modal <dialog> listing the shortcuts in the page's language. Escape
// or the Close button closes it and focus returns where it was (the browser does both).
import { el } from '../controls.js';
import { SHORTCUTS } from './shortcuts.js';

export class HelpDialog {
  /** @param {(key: string, params?: object) => string} t */
  constructor(t) {
    const rows = SHORTCUTS.map(({ keys, action }) =>
      el('tr', {}, [el('td', {}, keyList(keys)), el('td', { text: t(action) })]),
    );
    const titleId = 'keyboard-help-title';
    const close = el('button', {
      type: 'submit',
      testid: 'help-close',
      text: t('a11y.help.close'),
    });
    this.element = el(
      'dialog',
      {
        className: 'help-dialog',
        testid: 'keyboard-help',
        'aria-labelledby': titleId,
      },
      [
        el('h2', { id: titleId, text: t('a11y.help.title') }),
        el('p', { text: t('a11y.help.intro') }),
        el('table', {}, [
          el('thead', {}, [
            el('tr', {}, [
              el('th', { scope: 'col', text: t('a11y.help.key') }),
              el('th', { scope: 'col', text: t('a11y.help.action') }),
            ]),
          ]),
          el('tbody', {}, rows),
        ]),
        el('form', { method: 'dialog' }, [close]),
      ],
    );
  }

  open() {
    if (!this.element.isConnected) document.body.append(this.element);
    if (!this.element.open) this.element.showModal();
  }

  dispose() {
    if (this.element.open) this.element.close();
    this.element.remove();
  }
}

/** The keys of one shortcut as <kbd> elements separated by "/". @param {string[]} keys */
function keyList(keys) {
  /** @type {(Node | string)[]} */
  const parts = [];
  keys.forEach((key, i) => {
    if (i > 0) parts.push(' / ');
    parts.push(el('kbd', { text: key }));
  });
  return parts;
}
