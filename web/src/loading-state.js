// The page's loading state (web/index.html's #first-paint, painted from the first byte): ended
// when the lab is ready, or switched to its error branch when the core cannot load. Its other
// failure branch (the module code itself cannot run) is web/public/first-paint.js's.

/** The loading state's element, or null once it has ended. */
function loadingElement() {
  return document.getElementById('first-paint');
}

/** Removes the loading state: the lab is mounted and ready. */
export function endLoadingState() {
  loadingElement()?.remove();
}

/**
 * Turns the loading state into its error branch with a readable message (in the page's
 * language) and the error's own text.
 * @param {(key: string, params?: Record<string, string | number>) => string} t
 * @param {string} message why it failed
 */
export function showLoadFailure(t, message) {
  const element = loadingElement();
  const box = element?.querySelector('.first-paint-error');
  if (!element || !(box instanceof HTMLElement)) return;
  const text = document.createElement('p');
  text.textContent = t('app.loadFailed', { message });
  const hint = document.createElement('p');
  hint.textContent = t('app.loadFailedHint');
  box.replaceChildren(text, hint);
  box.hidden = false;
  element.dataset.state = 'error';
  element.dataset.reason = 'core';
}
