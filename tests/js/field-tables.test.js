// The field tables of the four labs (web/src/state/*-state.js): every field, set to a value
// other than its default, survives the URL and a scenario file (a dropped key fails here), and a
// row added to a table appears in the URL, the scenario and the docs' parameter table.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';
import { parameterTable } from '../../web/src/state/field-docs.js';
import { choicesOf } from '../../web/src/state/field-values.js';
import {
  defaultOf,
  fieldNames,
  normalizeWithTable,
  strictState,
  tableDefaults,
} from '../../web/src/state/field-table.js';
import { labTables } from '../../web/src/state/parameters-doc.js';
import * as valley from '../../web/src/state/valley-state.js';
import * as regression from '../../web/src/state/regression-state.js';
import * as classification from '../../web/src/state/classification-state.js';
import * as network from '../../web/src/state/network-state.js';
import * as valleyScenario from '../../web/src/scenario/valley-scenario.js';
import * as regressionScenario from '../../web/src/scenario/regression-scenario.js';
import * as classificationScenario from '../../web/src/scenario/classification-scenario.js';
import * as networkScenario from '../../web/src/scenario/network-scenario.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

/** Each lab: its table, URL functions and scenario module, with the names from the engine. */
const LABS = [
  {
    lab: 'valley',
    table: valley.VALLEY_TABLE,
    scenario: valleyScenario,
    toQuery: (s) => valley.valleyStateToQuery(s),
    fromQuery: (q, names) => valley.readValleyQuery(q, names),
  },
  {
    lab: 'regression',
    table: regression.REGRESSION_TABLE,
    scenario: regressionScenario,
    toQuery: (s) => regression.regressionStateToQuery(s),
    fromQuery: (q) => regression.readRegressionQuery(q),
  },
  {
    lab: 'classification',
    table: classification.CLASSIFICATION_TABLE,
    scenario: classificationScenario,
    toQuery: (s) => classification.classificationStateToQuery(s),
    fromQuery: (q) => classification.readClassificationQuery(q),
  },
  {
    lab: 'network',
    table: network.NETWORK_TABLE,
    scenario: networkScenario,
    toQuery: (s) => network.networkStateToQuery(s),
    fromQuery: (q, names) => network.readNetworkQuery(q, names),
  },
];

/** A valid value of `field` other than `fallback` (its default), for the state read so far. */
function otherValue(field, fallback, names, state) {
  switch (field.type) {
    case 'boolean':
      return !fallback;
    case 'choice': {
      const choices = choicesOf(field, names, state).filter((c) => c !== fallback);
      return choices[choices.length - 1];
    }
    case 'number':
    case 'integer': {
      const value =
        fallback === null || fallback === field.max || fallback === 0
          ? (field.min + field.max) / 2
          : (fallback + field.max) / 2;
      return field.type === 'integer' ? Math.round(value) : value;
    }
    case 'text':
      return 'x,y\n1,2\n3,5';
    case 'list':
      return field.item.choices
        ? choicesOf(field, names, state).slice(1, 3)
        : [field.item.max, field.item.min, 3];
    case 'points': {
      const rows =
        field.stride === 2
          ? [
              [0.5, -1],
              [1.5, 2],
            ]
          : [
              [0.5, -0.5, 1],
              [-1, 2, 1],
            ];
      return field.nested ? rows : rows.flat();
    }
    default:
      throw new Error(`no test value for ${field.type}`);
  }
}

/** A state of the table with every field away from its default. */
function customState(table, names) {
  const defaults = tableDefaults(table, names);
  const state = {};
  for (const field of table.fields) {
    if (field.type === 'group') {
      state[field.key] = defaults[field.key].map((member) => {
        const changed = { ...member };
        for (const sub of field.fields) {
          changed[sub.key] = otherValue(sub, member[sub.key], names, changed);
        }
        return changed;
      });
      continue;
    }
    state[field.key] = otherValue(field, defaultOf(field, state, names), names, state);
  }
  return state;
}

const namesOf = (lab) => lab.scenario.namesFrom(engine);

describe.each(LABS)('$lab field table', (lab) => {
  it('sets every field to a value other than its default, and it is valid', () => {
    const names = namesOf(lab);
    const state = customState(lab.table, names);
    for (const field of lab.table.fields) {
      if (field.type === 'group') continue;
      expect(state[field.key]).not.toEqual(defaultOf(field, state, names));
    }
    const { state: read, corrections } = normalizeWithTable(lab.table, state, names);
    expect(corrections).toEqual([]);
    expect(read).toEqual(state);
  });

  it('round-trips every field through the URL', () => {
    const names = namesOf(lab);
    const state = customState(lab.table, names);
    const query = new URLSearchParams(lab.toQuery(state).toString());
    const { state: back, corrections } = lab.fromQuery(query, names);
    expect(corrections).toEqual([]);
    expect(back).toEqual(state);
  });

  it('round-trips every field through a scenario file', () => {
    const names = namesOf(lab);
    const state = customState(lab.table, names);
    const file = JSON.parse(JSON.stringify(lab.scenario.scenarioFromState(state)));
    expect(lab.scenario.stateFromScenario(file, names)).toEqual(state);
  });

  it('gives its defaults for an empty URL and writes none of them', () => {
    const names = namesOf(lab);
    const { state, corrections } = lab.fromQuery(new URLSearchParams(), names);
    expect(corrections).toEqual([]);
    expect(state).toEqual(tableDefaults(lab.table, names));
    const written = [...lab.toQuery(state).keys()];
    const always = lab.table.fields.filter((f) => f.alwaysInUrl).map((f) => f.query);
    expect(written.filter((key) => !always.includes(key))).toEqual([]);
  });

  it('names every field once for hide/lock, and documents each', () => {
    const names = fieldNames(lab.table);
    expect(new Set(names).size).toBe(names.length);
    const doc = parameterTable(lab.table, namesOf(lab));
    for (const field of lab.table.fields) expect(doc).toContain(`\`${field.key}`);
  });

  it('gives each field a distinct URL key and scenario path', () => {
    const queries = lab.table.fields.map((f) => f.query).filter(Boolean);
    const paths = lab.table.fields.map((f) => f.scenario).filter(Boolean);
    expect(new Set(queries).size).toBe(queries.length);
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('adding a setting is one row in the table', () => {
  const ROW = {
    key: 'extraSetting',
    type: 'number',
    default: 2,
    min: 0,
    max: 8,
    query: 'extra',
    scenario: 'extra.setting',
    doc: 'a setting added by the test',
  };

  it.each(LABS)('$lab: the row travels in the URL and the scenario, and is documented', (lab) => {
    lab.table.fields.push(ROW);
    try {
      const names = namesOf(lab);
      const state = { ...tableDefaults(lab.table, names), extraSetting: 5 };
      expect(state.extraSetting).toBe(5);
      const query = lab.toQuery(state);
      expect(query.get('extra')).toBe('5');
      expect(lab.fromQuery(query, names).state.extraSetting).toBe(5);
      const file = lab.scenario.scenarioFromState(state);
      expect(file.extra).toEqual({ setting: 5 });
      expect(lab.scenario.stateFromScenario(file, names).extraSetting).toBe(5);
      expect(() =>
        lab.scenario.stateFromScenario({ ...file, extra: { setting: 9 } }, names),
      ).toThrow('extra.setting must be in [0, 8] (got 9).');
      const doc = labTables(engine).find((t) => t.table === lab.table);
      expect(parameterTable(doc.table, doc.names)).toContain('| `extraSetting` | `extra` |');
      expect(fieldNames(lab.table)).toContain('extraSetting');
    } finally {
      lab.table.fields.pop();
    }
  });
});

describe('reading a URL says what it changed', () => {
  const cases = [
    [
      'valley',
      'kappa=5000&adam.lr=fast&x0=1',
      [
        ['conditionNumber', 'kappa', 'must be in [1, 1000]', '1000'],
        ['racers.adam.learningRate', 'adam.lr', 'must be a finite number', '0.05'],
        ['startX', 'x0', 'the start needs both x and y', 'null'],
      ],
    ],
    [
      'regression',
      'b=0&deg=2.6&pts=1:2;3',
      [
        ['points', 'pts', '[1] must be [x, y] of finite numbers', '[1, 2]'],
        ['batchSize', 'b', 'must be in [1, 1000]', '1'],
        ['degree', 'deg', 'must be a whole number', '3'],
      ],
    ],
    [
      'classification',
      'n=1e9&pts=1:1:0&model=svm',
      [
        ['count', 'n', 'must be in [4, 1000]', '1000'],
        ['points', 'pts', '[0] label 0 is read as −1 (this lab labels ±1)', '[1, 1, -1]'],
        [
          'model',
          'model',
          'must be one of: perceptron, squared-hinge, hinge, logistic',
          '"squared-hinge"',
        ],
      ],
    ],
    [
      'network',
      'layers=4,99&features=x1,x9&batch=0',
      [
        ['batchSize', 'batch', 'must be in [1, 1000]', '1'],
        [
          'features',
          'features',
          'has an entry that is not one of: ' + 'x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2)',
          '["x1"]',
        ],
        ['hiddenSizes', 'layers', '[1] must be in [1, 16]', '[4, 16]'],
      ],
    ],
  ];
  it.each(cases)('%s', (labName, text, expected) => {
    const lab = LABS.find((l) => l.lab === labName);
    const { corrections } = lab.fromQuery(new URLSearchParams(text), namesOf(lab));
    const seen = corrections.map((c) => [c.field, c.name, c.reason, c.now]);
    expect(seen.sort()).toEqual([...expected].sort());
  });

  it('quotes at most ~60 characters of what it was given', () => {
    const lab = LABS.find((l) => l.lab === 'network');
    const query = new URLSearchParams({ act: 'x'.repeat(100000) });
    const [correction] = lab.fromQuery(query, namesOf(lab)).corrections;
    expect(correction.value.length).toBeLessThanOrEqual(60);
  });
});

describe('the API checks a state strictly, by field name', () => {
  it.each(LABS)('$lab', (lab) => {
    const names = namesOf(lab);
    const field = lab.table.fields.find((f) => f.type === 'number');
    const raw = { ...tableDefaults(lab.table, names), [field.key]: 'abc' };
    expect(() => strictState(lab.table, raw, names)).toThrow(
      `${field.key} must be a finite number (got "abc").`,
    );
    expect(strictState(lab.table, tableDefaults(lab.table, names), names)).toEqual(
      tableDefaults(lab.table, names),
    );
  });
});
