// The labs the site offers, in navigation order. Each mounts itself into a root element from
// the URL's query and reports its state back as query parameters.
import { ValleyLab } from './valley/valley-lab.js';
import { valleyStateFromQuery, valleyStateToQuery } from '../state/valley-state.js';
// -- imports: regression and classification labs --
import { RegressionLab } from './regression/regression-lab.js';
import { regressionStateFromQuery, regressionStateToQuery } from '../state/regression-state.js';
import { ClassificationLab } from './classification/classification-lab.js';
import { classificationStateFromQuery, classificationStateToQuery } from '../state/classification-state.js';

// -- imports: network lab --
import { NetworkLab } from './network/network-lab.js';
import { networkNames, networkStateFromQuery, networkStateToQuery } from '../state/network-state.js';

/**
 * @typedef {object} LabEntry
 * @property {string} id
 * @property {(root: HTMLElement, engine: import('../engine/engine.js').Engine,
 *   t: (key: string, params?: object) => string, query: URLSearchParams,
 *   writeUrl: (query: URLSearchParams) => void) => { dispose(): void }} mount
 */

/** @type {LabEntry[]} */
export const LABS = [
  {
    id: 'valley',
    mount(root, engine, t, query, writeUrl) {
      const state = valleyStateFromQuery(query, engine.surfaceNames());
      return new ValleyLab(root, engine, t, state, (s) => writeUrl(valleyStateToQuery(s)));
    },
  },
  // -- entries: regression and classification labs --
  {
    id: 'regression',
    mount(root, engine, t, query, writeUrl) {
      const state = regressionStateFromQuery(query);
      return new RegressionLab(root, engine, t, state, (s) => writeUrl(regressionStateToQuery(s)));
    },
  },
  {
    id: 'classification',
    mount(root, engine, t, query, writeUrl) {
      const state = classificationStateFromQuery(query);
      return new ClassificationLab(root, engine, t, state, (s) => writeUrl(classificationStateToQuery(s)));
    },
  },

  // -- entries: network lab --
  {
    id: 'network',
    mount(root, engine, t, query, writeUrl) {
      const state = networkStateFromQuery(query, networkNames(engine));
      return new NetworkLab(root, engine, t, state, (s) => writeUrl(networkStateToQuery(s)));
    },
  },
];

/** The lab named in the URL, or the first one. */
export function findLab(id) {
  return LABS.find((lab) => lab.id === id) ?? LABS[0];
}
