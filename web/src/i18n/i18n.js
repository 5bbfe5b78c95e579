// Every visible string comes from one table per language (en/, zh/: a file per lab, merged).
// `t` looks a key up in the current language, falling back to English, and fills {name}
// placeholders.
import en from './en/index.js';
import zh from './zh/index.js';

const TABLES = { en, zh };
/** @typedef {'en' | 'zh'} Language */

/**
 * The language from ?lang=, else the browser's, else English.
 * @returns {Language}
 */
export function pickLanguage(query = '', navigatorLanguage = 'en') {
  const asked = new URLSearchParams(query).get('lang');
  if (asked === 'en' || asked === 'zh') return asked;
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * @param {Language} language
 * @returns {(key: string, params?: Record<string, string | number>) => string}
 */
export function translator(language) {
  const table = TABLES[language] ?? en;
  return (key, params = {}) => {
    const text = table[key] ?? en[key] ?? key;
    return text.replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? `{${name}}`));
  };
}

export const LANGUAGES = /** @type {const} */ (['en', 'zh']);
export const stringTables = TABLES;
