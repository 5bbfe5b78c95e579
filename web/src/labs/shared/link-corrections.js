// What reading the URL changed, in the page's language: a link is read leniently (a teacher's old
// link keeps working), and the page says so once at load, e.g. "The link's momentum "abc" must
// be a finite number; 0.9 is used."
import { MISSING_DATA_REASON } from '../../state/field-url.js';

/** How many corrections the message line lists before "and N more". */
export const MAX_LISTED = 3;

/** The reasons field-values.js gives, each with its i18n key and the part the key fills in. */
const REASONS = [
  { pattern: /^must be a finite number$/, key: 'link.reason.number' },
  { pattern: /^must be a whole number$/, key: 'link.reason.integer' },
  { pattern: /^must be true or false$/, key: 'link.reason.boolean' },
  { pattern: /^must be in (.+)$/, key: 'link.reason.range', param: 'range' },
  { pattern: /^must be one of: (.+)$/, key: 'link.reason.choice', param: 'choices' },
  { pattern: /^must have at most (\d+) points$/, key: 'link.reason.points', param: 'count' },
  { pattern: /^must have at most (\d+) entries$/, key: 'link.reason.entries', param: 'count' },
];

/**
 * A reason in the page's language (one the tables do not know stays as the core of the page
 * wrote it, in English).
 * @param {string} reason @param {(key: string, params?: object) => string} t
 */
export function reasonText(reason, t) {
  for (const { pattern, key, param } of REASONS) {
    const match = pattern.exec(reason);
    if (match) return t(key, param ? { [param]: match[1] } : {});
  }
  return reason;
}

/**
 * One sentence per correction.
 * @param {import('../../state/field-table.js').Correction} correction
 * @param {(key: string, params?: object) => string} t
 */
export function correctionText(correction, t) {
  const { name, value, now } = correction;
  if (correction.reason === MISSING_DATA_REASON) return t('link.missingData', { name });
  return t('link.corrected', { name, value, reason: reasonText(correction.reason, t), now });
}

/**
 * The message line's text for what the URL reading changed ('' when nothing).
 * @param {import('../../state/field-table.js').Correction[]} corrections
 * @param {(key: string, params?: object) => string} t
 */
export function correctionsMessage(corrections, t) {
  const listed = corrections.slice(0, MAX_LISTED).map((c) => correctionText(c, t));
  const more = corrections.length - listed.length;
  if (more > 0) listed.push(t('link.more', { count: more }));
  return listed.join(' ');
}
