// The embed kit's page side, wired from main.js: when framed, the height reporter and the host
// API (lab-messages.js); in every lab, the Embed button (and in embed mode the "Open full page"
// link). main.js re-mounts the lab on a language change and calls attach() again.
import { addEmbedControls } from '../labs/shared/embed-dialog.js';
import { startHeightReporter } from './height-reporter.js';
import { LabMessages } from './lab-messages.js';

/** @typedef {import('../labs/shared/lab-controller.js').LabController} LabController */

/**
 * Starts what works before the lab is mounted (the height of the loading page).
 * @param {{ labId: string, embedded: boolean, language: () => string }} page
 * @returns {{ attach: (controller: LabController) => void }}
 */
export function startEmbedKit({ labId, embedded, language }) {
  const framed = window.parent !== window;
  const messages = framed
    ? new LabMessages({ labId, query: new URLSearchParams(location.search), language })
    : null;
  const height = messages ? startHeightReporter((value) => messages.postHeight(value)) : null;
  return {
    attach(controller) {
      addEmbedControls(controller, { labId, embedded, language: language() });
      messages?.attach(controller);
      height?.measure();
    },
  };
}
