// Mounts any lab of the registry the same way: its state from the URL (data too long for the URL
// restored from the browser's storage), one LabController, the URL kept in step with the state
// so that a shared link reproduces the view, what the URL reading changed said once on the
// message line, and a question before leaving work the URL cannot bring back. The URL's hide=
// and lock= (page settings for a class, not state) trim the lab and the page around it.
import { LabController } from './shared/lab-controller.js';
import { DataKeeper, restoreQuery } from './shared/kept-data.js';
import { DataStore, browserStorage } from './shared/stored-data.js';
import { correctionsMessage } from './shared/link-corrections.js';
import { guardLeaving } from './shared/leave-guard.js';
import { LabTrim, trimPage } from './shared/lab-trim.js';
import { readTrim } from '../state/trim-names.js';

/**
 * @param {import('./shared/lab-controller.js').LabDefinition} definition
 * @param {{ root: HTMLElement, engine: any, t: (key: string, params?: object) => string,
 *   query: URLSearchParams, writeUrl: (query: URLSearchParams) => void,
 *   store?: DataStore, window?: EventTarget }} page store: where long data is kept (the
 *   browser's localStorage by default); window: where the leave guard listens
 * @returns {LabController}
 */
export function mountLab(definition, page) {
  const { root, engine, t, writeUrl } = page;
  const store = page.store ?? new DataStore(browserStorage());
  const names = definition.names?.(engine);
  const { query } = restoreQuery(page.query, store);
  const { state, corrections } = definition.state.readQuery
    ? definition.state.readQuery(query, names)
    : { state: definition.state.fromQuery(query, names), corrections: [] };
  const keeper = new DataKeeper(store, t);
  const trim = new LabTrim(readTrim(query, definition.id), t);
  const controller = new LabController({
    root,
    engine,
    t,
    definition,
    state,
    onStateChange: (next) => {
      const labQuery = definition.state.toQuery(next);
      keeper.keep(labQuery, next);
      writeUrl(labQuery);
    },
    trim,
  });
  keeper.place(controller.controls.message);
  keeper.keep(definition.state.toQuery(controller.state), controller.state);
  trimPage(root.ownerDocument, trim);
  if (trim.unknown.length > 0) {
    const known = trim.unknown.map((name) => `"${name.slice(0, 40)}"`).join(', ');
    controller.setMessage(t('trim.unknown', { names: known }), 'error');
  }
  showCorrections(controller, correctionsMessage(corrections, t));
  guardLeaving(controller, () => keeper.unsaved, page.window);
  return controller;
}

/** What the URL reading changed, before what the lab said while building (if anything). */
function showCorrections(controller, text) {
  if (!text) return;
  const said = controller.controls.messageText();
  const kind = said && controller.controls.message.dataset.kind === 'error' ? 'error' : 'info';
  controller.setMessage(said ? `${text} ${said}` : text, kind);
}
