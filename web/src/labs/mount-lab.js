// Mounts any lab of the registry the same way: its state from the URL, one LabController, and
// the URL kept in step with the state so that a shared link reproduces the view. The URL's
// hide= and lock= (page settings for a class, not state) trim the lab and the page around it.
import { LabController } from './shared/lab-controller.js';
import { LabTrim, trimPage } from './shared/lab-trim.js';
import { readTrim } from '../state/trim-names.js';

/**
 * @param {import('./shared/lab-controller.js').LabDefinition} definition
 * @param {{ root: HTMLElement, engine: any, t: (key: string, params?: object) => string,
 *   query: URLSearchParams, writeUrl: (query: URLSearchParams) => void }} page
 * @returns {LabController}
 */
export function mountLab(definition, { root, engine, t, query, writeUrl }) {
  const names = definition.names?.(engine);
  const state = definition.state.fromQuery(query, names);
  const trim = new LabTrim(readTrim(query, definition.id), t);
  const controller = new LabController({
    root,
    engine,
    t,
    definition,
    state,
    onStateChange: (next) => writeUrl(definition.state.toQuery(next)),
    trim,
  });
  trimPage(root.ownerDocument, trim);
  if (trim.unknown.length > 0) {
    const known = trim.unknown.map((name) => `"${name.slice(0, 40)}"`).join(', ');
    controller.setMessage(t('trim.unknown', { names: known }), 'error');
  }
  return controller;
}
