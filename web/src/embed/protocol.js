// The embed protocol's shared rules (docs/embedding.md): how a message is recognised, which
// origins may command the lab, and where the lab's own messages may go. Pure functions: the
// lab-side API (lab-messages.js) and its unit tests use them.

/** Every message of the protocol carries `descent: PROTOCOL_VERSION`. */
export const PROTOCOL_VERSION = 1;

/** The commands a host may send (`type`), answered by a `reply` message. */
export const HOST_COMMANDS = Object.freeze([
  'play',
  'pause',
  'toggle',
  'step',
  'reset',
  'read',
  'setState',
]);

/**
 * Whether `data` is a message of this protocol (an object with `descent: 1` and a string type).
 * @param {unknown} data
 * @returns {data is { descent: number, type: string } & Record<string, unknown>}
 */
export function isProtocolMessage(data) {
  if (data === null || typeof data !== 'object') return false;
  const message = /** @type {Record<string, unknown>} */ (data);
  return message.descent === PROTOCOL_VERSION && typeof message.type === 'string';
}

/** A message of the protocol. @param {string} type @param {object} [fields] */
export function message(type, fields = {}) {
  return { descent: PROTOCOL_VERSION, type, ...fields };
}

/**
 * 'https://a.org/x?y' -> 'https://a.org'; '*' stays '*'. Anything else is refused by name.
 * @param {string} value an origin as a course page writes it in `origin=`
 */
export function normalizeOrigin(value) {
  if (value === '*') return '*';
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`origin= "${value}" is not an origin (write it as https://course.example)`);
  }
  if (url.origin === 'null') {
    throw new Error(`origin= "${value}" has no web origin (http: or https: only)`);
  }
  return url.origin;
}

/** The origin of a URL, or null when there is none (empty referrer, about:blank). */
function originOf(url) {
  if (!url) return null;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * The embedding page's origin as the browser tells it: location.ancestorOrigins (Chromium,
 * Safari) first, then document.referrer (every browser, unless the iframe's referrerpolicy
 * strips it). Null when unknown.
 * @param {{ ancestorOrigins?: ArrayLike<string> | null, referrer?: string }} where
 */
export function parentOrigin({ ancestorOrigins, referrer }) {
  const fromAncestors = ancestorOrigins && ancestorOrigins.length > 0 ? ancestorOrigins[0] : null;
  if (fromAncestors && fromAncestors !== 'null') return fromAncestors;
  return originOf(referrer);
}

/**
 * The origins whose messages the lab obeys: those listed in `origin=` (comma separated; `*`
 * for any, at the course's own risk) when given, else the parent page's own origin. Empty:
 * the lab obeys no one (it still reports its height).
 * @param {string | null} originParam the `origin=` URL parameter
 * @param {string | null} parent parentOrigin(...)
 * @returns {{ allowed: string[], problems: string[] }}
 */
export function allowedOrigins(originParam, parent) {
  if (originParam === null || originParam.trim() === '') {
    return { allowed: parent ? [parent] : [], problems: [] };
  }
  const allowed = [];
  const problems = [];
  for (const entry of originParam.split(/[\s,]+/).filter(Boolean)) {
    try {
      allowed.push(normalizeOrigin(entry));
    } catch (error) {
      problems.push(error.message);
    }
  }
  return { allowed, problems };
}

/** Whether a message from `origin` may command the lab. @param {string[]} allowed */
export function originAllowed(allowed, origin) {
  return allowed.includes('*') || allowed.includes(origin);
}

/**
 * Where the lab posts its reports (postMessage's targetOrigin): the parent's origin when it is
 * allowed, the one allowed origin otherwise, '*' only when `origin=*` asked for it; null when
 * no origin is known (the lab then reports nothing but its height).
 * @param {string[]} allowed @param {string | null} parent
 */
export function reportTarget(allowed, parent) {
  if (allowed.includes('*')) return '*';
  if (parent && allowed.includes(parent)) return parent;
  return allowed.length === 1 ? allowed[0] : null;
}
