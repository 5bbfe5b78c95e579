// The loading state's failure branch where the page's module code cannot run at all (issue 12,
// items 5 and 6). A classic script on purpose: a sandboxed frame without allow-same-origin has
// an opaque origin, the browser then refuses the module scripts and the WebAssembly core (CORS
// fetches), but still runs this file, so the frame says why and how to fix it instead of
// staying blank. The lab's own failures (the core not loading) are reported by
// web/src/loading-state.js through the same element. No dependencies, no build step.
(function () {
  'use strict';
  const root = document.getElementById('first-paint');
  if (!root) return;

  // The language of the loading line, as the lab will pick it: ?lang=, else the browser's.
  const asked = /[?&]lang=(en|zh)(&|$)/.exec(location.search);
  const zh = asked ? asked[1] === 'zh' : /^zh/i.test(navigator.language || '');
  document.documentElement.lang = zh ? 'zh-CN' : 'en';

  /**
   * Switches the loading state to its error branch with a message in both languages (a host
   * page's reader may not read the browser's language): each message is a list of parts,
   * strings or { code: text } for a literal to copy.
   */
  function fail(reason, english, chinese) {
    if (root.dataset.state === 'error') return;
    const box = root.querySelector('.first-paint-error');
    if (!box) return;
    box.replaceChildren(paragraph('en', english), paragraph('zh-CN', chinese));
    box.hidden = false;
    root.dataset.state = 'error';
    root.dataset.reason = reason;
  }

  function paragraph(lang, parts) {
    const p = document.createElement('p');
    p.lang = lang;
    parts.forEach(function (part) {
      if (typeof part === 'string') {
        p.append(part);
      } else {
        const code = document.createElement('code');
        code.textContent = part.code;
        p.append(code);
      }
    });
    return p;
  }

  const sandboxFix = { code: 'sandbox="allow-scripts allow-same-origin"' };
  if (window.origin === 'null' && location.protocol !== 'file:') {
    fail(
      'sandbox',
      [
        'This lab cannot run in this frame: the iframe\u2019s sandbox attribute lacks ',
        { code: 'allow-same-origin' },
        ', so the browser blocks the lab\u2019s code. Fix: add allow-same-origin to the ',
        'iframe\u2019s sandbox attribute, e.g. ',
        sandboxFix,
        '.',
      ],
      [
        '此实验无法在这个框架中运行：iframe 的 sandbox 属性缺少 ',
        { code: 'allow-same-origin' },
        '，浏览器因此阻止了实验的代码。解决方法：在 iframe 的 sandbox 属性中加入 ',
        'allow-same-origin，例如 ',
        sandboxFix,
        '。',
      ],
    );
    return;
  }
  if (location.protocol === 'file:') {
    fail(
      'file',
      [
        'This page was opened as a file, and browsers do not run its code that way. Serve the ',
        'folder over HTTP (for example ',
        { code: 'npx vite preview' },
        ') and open the address it prints.',
      ],
      [
        '此页面是以文件方式打开的，浏览器不会这样运行它的代码。请通过 HTTP 提供该文件夹（例如 ',
        { code: 'npx vite preview' },
        '），然后打开它给出的地址。',
      ],
    );
    return;
  }
  // The module script fails (its own file or one it imports could not be fetched: network, a
  // proxy, a missing file on the host): the lab cannot start, say so. Module scripts run after
  // this deferred script, so the listener is in place before their error event.
  window.addEventListener(
    'error',
    function (event) {
      const target = event.target;
      if (!(target instanceof HTMLScriptElement) || target.type !== 'module') return;
      const file = target.getAttribute('src') || '';
      fail(
        'code',
        [
          'The lab\u2019s code could not be loaded (',
          { code: file },
          '). Check the connection and reload the page.',
        ],
        ['无法加载实验的代码（', { code: file }, '）。请检查网络连接，然后重新加载页面。'],
      );
    },
    true,
  );
})();
