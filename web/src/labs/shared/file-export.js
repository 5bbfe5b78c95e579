// Downloads and file reading behind every lab's export and import buttons.
import { el } from '../controls.js';

/** Saves a blob under `name` through a temporary link. @param {string} name @param {Blob} blob */
export function downloadBlob(name, blob) {
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

/** @param {string} name @param {string} text @param {string} type */
export function downloadText(name, text, type) {
  downloadBlob(name, new Blob([text], { type }));
}

/**
 * PNG through toBlob (no data-URL size limit).
 * @param {string} name @param {HTMLCanvasElement} canvas
 */
export function downloadCanvasBlob(name, canvas) {
  canvas.toBlob((blob) => blob && downloadBlob(name, blob), 'image/png');
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
