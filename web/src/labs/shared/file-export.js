// Downloads and file reading behind every lab's export and import buttons. Where the page that
// embeds a lab blocks downloads, the file is offered another way (download-fallback.js).
import { el } from '../controls.js';
import { downloadSupport, offerFile } from './download-fallback.js';

/**
 * Where to offer a file whose download is blocked: the page's language and the element the
 * offer goes in (the lab's). Without one, a blocked download is only attempted.
 * @typedef {{ t: (key: string, params?: object) => string, container: HTMLElement }} OfferPage
 */

/**
 * Saves a blob under `name` through a temporary link. In a frame whose sandbox blocks downloads
 * the file is offered instead; in a frame whose sandbox cannot be read (another origin), the
 * download is tried and the file offered too, in case the browser dropped it.
 * @param {string} name @param {Blob} blob
 * @param {OfferPage | null} [page] @param {string | null} [text] the content of a text file
 */
export function downloadBlob(name, blob, page = null, text = null) {
  const support = page ? downloadSupport(window) : 'allowed';
  if (support !== 'blocked') saveThroughLink(name, blob);
  if (page && support !== 'allowed') offerFile({ name, blob, text, support }, page);
}

/** @param {string} name @param {Blob} blob */
function saveThroughLink(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download asynchronously; revoke the URL only once it has been read.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * @param {string} name @param {string} text @param {string} type
 * @param {OfferPage | null} [page] where to offer it if downloads are blocked
 */
export function downloadText(name, text, type, page = null) {
  downloadBlob(name, new Blob([text], { type }), page, text);
}

/**
 * PNG through toBlob (no data-URL size limit).
 * @param {string} name @param {HTMLCanvasElement} canvas
 * @param {OfferPage | null} [page] where to offer it if downloads are blocked
 */
export function downloadCanvasBlob(name, canvas, page = null) {
  canvas.toBlob((blob) => blob && downloadBlob(name, blob, page), 'image/png');
}

/**
 * A file input that hands the chosen file to `onFile` and then clears itself, so that choosing
 * the same file again fires another change.
 * @param {{ accept: string, testid: string, hidden?: boolean }} options hidden: behind a button
 * @param {(file: File) => void} onFile
 * @returns {HTMLInputElement}
 */
export function fileInput({ accept, testid, hidden = false }, onFile) {
  const input = /** @type {HTMLInputElement} */ (el('input', { type: 'file', accept, testid }));
  input.hidden = hidden;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) onFile(file);
    input.value = '';
  });
  return input;
}

/** @param {File} file @returns {Promise<string>} */
export function readFileText(file) {
  return file.text();
}

/**
 * @param {File} file
 * @returns {Promise<any>} the file's text parsed as JSON (throws a SyntaxError on bad JSON)
 */
export async function readJsonFile(file) {
  return JSON.parse(await readFileText(file));
}

/** Pretty JSON text for a scenario file. @param {object} scenario */
export function scenarioJson(scenario) {
  return JSON.stringify(scenario, null, 2);
}

/**
 * CSV text from a header/rows list of lines, with the trailing newline every export uses.
 * @param {string[]} lines
 */
export function csvText(lines) {
  return `${lines.join('\n')}\n`;
}

/** A thrown value as readable text for a message line. @param {unknown} error */
export function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}
