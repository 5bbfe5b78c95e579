// docs/parameters.md from the field tables: one table per lab, a row per field (a group's
// member fields as `<group>[].<key>`). tests/js/scenario-docs.test.js checks the file is
// current; `node bin/descent.mjs parameters > docs/parameters.md` writes it.
import { choicesOf, boundsText, toText } from './field-values.js';
import { defaultOf } from './field-table.js';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text) => (text === '' ? '' : `\`${text}\``);
/** A path as a file shows it: start.0 → start[0]. */
const pathText = (path) => path.replace(/\.(\d+)/g, '[$1]');

function defaultText(field, defaults, names) {
  if (field.defaultDoc) return field.defaultDoc;
  const value = defaults ? defaults[field.key] : defaultOf(field, {}, names);
  if (value === null) return 'not set';
  if (field.type === 'text') return value === '' ? '(empty)' : code(value);
  if (field.type === 'boolean') return code(String(value));
  if (Array.isArray(value)) return value.length ? code(JSON.stringify(value)) : '`[]`';
  return code(toText(field, value));
}

function rangeText(field, names) {
  if (field.rangeDoc) return field.rangeDoc;
  switch (field.type) {
    case 'number':
    case 'integer':
      return boundsText(field) + (field.nullable ? ', or not set' : '');
    case 'choice':
      return choicesOf(field, names, {}).map(code).join(', ');
    case 'list': {
      const length = `${field.minLength ?? 0} to ${field.maxLength} entries`;
      const choices = choicesOf(field, names, {}).map(code).join(', ');
      if (field.item?.choices) return `${length} of ${choices}`;
      return `${length}, each ${field.item.type} in ${boundsText(field.item)}`;
    }
    case 'points': {
      const also = field.pointDoc ? `; ${field.pointDoc}` : '';
      return `at most ${field.maxPoints} points [${field.pointText}]${also}`;
    }
    case 'text':
      return (
        `at most ${field.maxLength} characters` +
        (field.urlMaxLength !== undefined
          ? ` (in the URL up to ${field.urlMaxLength}; a longer text as \`#sha256:<hash>\`, ` +
            "the key of the page's copy in this browser's storage)"
          : '')
      );
    default:
      return '';
  }
}

function rows(fields, names, prefix, defaults) {
  return fields.flatMap((field) => {
    if (field.type === 'group') {
      const sample = field.memberDefault(field.members(names)[0]);
      const key = `${field.key}[].${field.memberKey}`;
      const head = [
        code(key),
        code(field.membership.query),
        code(`${field.scenario}[].${field.memberScenario}`),
        'choice',
        'each once',
        field.members(names).map(code).join(', '),
        field.doc,
      ];
      return [
        head,
        ...rows(
          field.fields,
          names,
          {
            query: `<${field.memberKey}>.`,
            scenario: `${field.scenario}[].`,
            key: `${field.key}[].`,
            membership: field.membership,
          },
          sample,
        ),
      ];
    }
    const scaled = field.scale ? ` (× ${field.scale})` : '';
    const member = prefix.membership?.field === field.key;
    const query = field.query ? code(`${prefix.query ?? ''}${field.query}`) : '—';
    return [
      [
        code(`${prefix.key ?? ''}${field.key}`),
        member ? `in ${code(prefix.membership.query)}` : query,
        field.scenario ? code(pathText(`${prefix.scenario ?? ''}${field.scenario}`)) + scaled : '—',
        field.type,
        defaultText(field, defaults, names),
        rangeText(field, names),
        field.doc,
      ],
    ];
  });
}

/**
 * The Markdown table of a lab's fields.
 * @param {{ lab: string, fields: object[] }} table
 * @param {unknown} names the engine's names (choices that come from the core)
 * @returns {string}
 */
export function parameterTable(table, names) {
  const head = [
    'name',
    'URL key',
    'scenario path',
    'type',
    'default',
    'bounds / choices',
    'meaning',
  ];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows(table.fields, names, {}, undefined).map((row) => `| ${row.map(cell).join(' | ')} |`),
  ];
  return lines.join('\n');
}

const KIND_TEXT = { field: 'setting', panel: 'panel', button: 'button', page: 'page' };

/**
 * The Markdown table of a lab's hide/lock names (trim-names.js): name, kind, what it is.
 * @param {import('./trim-names.js').TrimName[]} entries
 * @returns {string}
 */
export function trimTable(entries) {
  const head = ['name', 'kind', 'what `hide` removes and `lock` freezes'];
  const lines = [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...entries.map(
      (entry) =>
        `| ${[code(entry.name), KIND_TEXT[entry.kind], entry.doc].map(cell).join(' | ')} |`,
    ),
  ];
  return lines.join('\n');
}
