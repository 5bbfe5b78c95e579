import { describe, expect, it } from 'vitest';
import { pickLanguage, stringTables, translator } from '../../web/src/i18n/i18n.js';

describe('strings tables', () => {
  it('English and Chinese have exactly the same keys', () => {
    expect(Object.keys(stringTables.zh).sort()).toEqual(Object.keys(stringTables.en).sort());
  });
  it('every Chinese string keeps the placeholders of its English one', () => {
    for (const [key, english] of Object.entries(stringTables.en)) {
      const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(stringTables.zh[key]), key).toEqual(names(english));
    }
  });
  it('fills placeholders', () => {
    expect(translator('en')('app.loadFailed', { message: 'x' })).toBe(
      'The numerical core could not be loaded: x',
    );
  });
  it('picks the language from the URL, then the browser', () => {
    expect(pickLanguage('?lang=zh', 'en-US')).toBe('zh');
    expect(pickLanguage('', 'zh-CN')).toBe('zh');
    expect(pickLanguage('?lang=fr', 'de')).toBe('en');
  });
});
