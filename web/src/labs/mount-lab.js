// Mounts any lab of the registry the same way: its state from the URL, one LabController, and
// the URL kept in step with the state so that a shared link reproduces the view.
import { LabController } from './shared/lab-controller.js';

/**
 * @param {import('./shared/lab-controller.js').LabDefinition} definition
 * @param {{ root: HTMLElement, engine: any, t: (key: string, params?: object) => string,
 *   query: URLSearchParams, writeUrl: (query: URLSearchParams) => void }} page
 * @returns {LabController}
 */
export function mountLab(definition, { root, engine, t, query, writeUrl }) {
  const names = definition.names?.(engine);
  const state = definition.state.fromQuery(query, names);
  return new LabController({
    root,
    engine,
    t,
    definition,
    state,
    onStateChange: (next) => writeUrl(definition.state.toQuery(next)),
  });
}
