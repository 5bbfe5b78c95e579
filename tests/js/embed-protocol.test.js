// The embed protocol's pure rules (web/src/embed/protocol.js) and the Embed dialog's snippets
// (web/src/embed/snippets.js): which origins may command a lab, where its reports go, and the
// HTML a teacher copies.
import { describe, expect, it } from 'vitest';
import {
  allowedOrigins,
  isProtocolMessage,
  message,
  normalizeOrigin,
  originAllowed,
  parentOrigin,
  reportTarget,
} from '../../web/src/embed/protocol.js';
import { embedSnippets, escapeAttribute } from '../../web/src/embed/snippets.js';

const COURSE = 'https://course.example';

describe('protocol messages', () => {
  it('recognises only objects with descent: 1 and a string type', () => {
    expect(isProtocolMessage(message('play'))).toBe(true);
    expect(isProtocolMessage({ descent: 1, type: 'step', count: 2 })).toBe(true);
    for (const other of [null, 'play', { type: 'play' }, { descent: 2, type: 'play' }]) {
      expect(isProtocolMessage(other)).toBe(false);
    }
    expect(isProtocolMessage({ descent: 1, type: 3 })).toBe(false);
  });
});

describe('origins', () => {
  it('learns the parent origin from ancestorOrigins, then the referrer', () => {
    const referrer = 'https://lms.example/course/week3?x=1';
    expect(parentOrigin({ ancestorOrigins: [COURSE], referrer })).toBe(COURSE);
    expect(parentOrigin({ ancestorOrigins: [], referrer })).toBe('https://lms.example');
    expect(parentOrigin({ ancestorOrigins: ['null'], referrer: '' })).toBe(null);
    expect(parentOrigin({ ancestorOrigins: null, referrer: 'about:blank' })).toBe(null);
  });

  it('allows the parent only, unless origin= lists others', () => {
    expect(allowedOrigins(null, COURSE)).toEqual({ allowed: [COURSE], problems: [] });
    expect(allowedOrigins(null, null)).toEqual({ allowed: [], problems: [] });
    const listed = allowedOrigins('https://a.example/page, https://b.example:8443', COURSE);
    expect(listed.allowed).toEqual(['https://a.example', 'https://b.example:8443']);
    expect(originAllowed(listed.allowed, COURSE)).toBe(false);
    expect(originAllowed(listed.allowed, 'https://a.example')).toBe(true);
    expect(originAllowed(allowedOrigins('*', null).allowed, 'https://any.example')).toBe(true);
  });

  it('refuses an origin= entry that is not an origin, by name', () => {
    const { allowed, problems } = allowedOrigins('course.example,https://ok.example', null);
    expect(allowed).toEqual(['https://ok.example']);
    expect(problems).toEqual([expect.stringContaining('"course.example" is not an origin')]);
    expect(() => normalizeOrigin('data:text/html,x')).toThrow(/no web origin/);
  });

  it('reports to the allowed parent, one allowed origin, * only when asked', () => {
    expect(reportTarget([COURSE], COURSE)).toBe(COURSE);
    expect(reportTarget(['https://a.example'], COURSE)).toBe('https://a.example');
    expect(reportTarget(['https://a.example', 'https://b.example'], null)).toBe(null);
    expect(reportTarget([], null)).toBe(null);
    expect(reportTarget(['*'], COURSE)).toBe('*');
  });
});

describe('embed snippets', () => {
  const href = 'https://site.example/descent/?lab=valley&lang=en&embed=1&kappa=20&origin=x';

  it('give the full page, the iframe and the element for the same state', () => {
    const snippets = embedSnippets({ href, labId: 'valley', language: 'zh', title: 'D: "V"' });
    expect(snippets.fullPage).toBe('https://site.example/descent/?lab=valley&lang=zh&kappa=20');
    expect(snippets.iframeSrc).toBe(
      'https://site.example/descent/?lab=valley&lang=zh&embed=1&kappa=20',
    );
    expect(snippets.script).toBe('https://site.example/descent/embed.js');
    expect(snippets.iframe).toContain(
      'src="https://site.example/descent/?lab=valley&amp;lang=zh&amp;embed=1&amp;kappa=20"',
    );
    expect(snippets.iframe).toContain('title="D: &quot;V&quot;"');
    expect(snippets.iframe).toContain('data-descent');
    expect(snippets.element).toBe(
      '<script src="https://site.example/descent/embed.js" async></script>\n' +
        '<descent-lab lab="valley" lang="zh" params="kappa=20"></descent-lab>',
    );
  });

  it('leave params out when the state is the default one', () => {
    const { element } = embedSnippets({
      href: 'https://site.example/index.html?lab=network',
      labId: 'network',
      language: 'en',
      title: 'Descent: Network',
    });
    expect(element).toContain('<descent-lab lab="network" lang="en"></descent-lab>');
    expect(element).toContain('src="https://site.example/embed.js"');
  });

  it('escape attribute values', () => {
    expect(escapeAttribute('a&b"<c>')).toBe('a&amp;b&quot;&lt;c&gt;');
  });
});
