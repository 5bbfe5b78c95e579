// The labs the site offers, in navigation order. Every entry has one shape: the core's name
// lists its state functions take, its state functions (URL round trip, normalising), its
// scenario module and how to load its lab class. Each lab's code is a chunk of its own, imported
// when the lab is opened (loadLab), so a page downloads only the lab it shows. main.js mounts
// any of them the same way (mount-lab.js).
import {
  normalizeValleyState,
  readValleyQuery,
  valleyStateFromQuery,
  valleyStateToQuery,
} from '../state/valley-state.js';
import * as valleyScenario from '../scenario/valley-scenario.js';
import {
  normalizeRegressionState,
  readRegressionQuery,
  regressionStateFromQuery,
  regressionStateToQuery,
} from '../state/regression-state.js';
import * as regressionScenario from '../scenario/regression-scenario.js';
import {
  classificationStateFromQuery,
  classificationStateToQuery,
  normalizeClassificationState,
  readClassificationQuery,
} from '../state/classification-state.js';
import * as classificationScenario from '../scenario/classification-scenario.js';
import {
  networkNames,
  networkStateFromQuery,
  networkStateToQuery,
  normalizeNetworkState,
  readNetworkQuery,
} from '../state/network-state.js';
import * as networkScenario from '../scenario/network-scenario.js';

/** @typedef {import('./shared/lab-controller.js').LabDefinition} LabDefinition */
/**
 * A registry entry: a LabDefinition whose lab class is loaded on demand.
 * @typedef {Omit<LabDefinition, 'Lab'> & { load: () => Promise<LabDefinition['Lab']> }} LabEntry
 */

/** Export file names that do not depend on the state. */
function fixedFiles(scenario, png, csv) {
  return () => ({ scenario, png, csv });
}

/** @type {LabEntry[]} */
export const LABS = [
  {
    id: 'valley',
    names: (engine) => engine.surfaceNames(),
    state: {
      fromQuery: valleyStateFromQuery,
      readQuery: readValleyQuery,
      toQuery: valleyStateToQuery,
      normalize: normalizeValleyState,
    },
    scenario: valleyScenario,
    load: () => import('./valley/valley-lab.js').then((module) => module.ValleyLab),
    files: ({ surface }) => ({
      scenario: `valley-${surface}.json`,
      png: `valley-${surface}.png`,
      csv: `valley-${surface}.csv`,
    }),
  },
  {
    id: 'regression',
    state: {
      fromQuery: regressionStateFromQuery,
      readQuery: readRegressionQuery,
      toQuery: regressionStateToQuery,
      normalize: normalizeRegressionState,
    },
    scenario: regressionScenario,
    load: () => import('./regression/regression-lab.js').then((module) => module.RegressionLab),
    files: fixedFiles('regression-scenario.json', 'regression.png', 'regression-path.csv'),
    labels: { exportPng: 'regression.exportPng', exportCsv: 'regression.exportCsv' },
  },
  {
    id: 'classification',
    state: {
      fromQuery: classificationStateFromQuery,
      readQuery: readClassificationQuery,
      toQuery: classificationStateToQuery,
      normalize: normalizeClassificationState,
    },
    scenario: classificationScenario,
    load: () =>
      import('./classification/classification-lab.js').then((module) => module.ClassificationLab),
    files: fixedFiles(
      'classification-scenario.json',
      'classification.png',
      'classification-points.csv',
    ),
    labels: { exportPng: 'classification.exportPng', exportCsv: 'classification.exportCsv' },
  },
  {
    id: 'network',
    names: networkNames,
    state: {
      fromQuery: networkStateFromQuery,
      readQuery: readNetworkQuery,
      toQuery: networkStateToQuery,
      normalize: normalizeNetworkState,
    },
    scenario: networkScenario,
    load: () => import('./network/network-lab.js').then((module) => module.NetworkLab),
    files: fixedFiles('network-scenario.json', 'network-map.png', 'network-loss.csv'),
    labels: { step: 'network.stepBatch' },
  },
];

/** The lab named in the URL, or the first one. @param {string | null} id */
export function findLab(id) {
  return LABS.find((lab) => lab.id === id) ?? LABS[0];
}

/**
 * The entry with its lab class imported: what mountLab takes.
 * @param {LabEntry} entry @returns {Promise<LabDefinition>}
 */
export async function loadLab(entry) {
  const Lab = await entry.load();
  return { ...entry, Lab };
}

/** Every lab, loaded (tests and tools that mount several labs). */
export function loadAllLabs() {
  return Promise.all(LABS.map(loadLab));
}
