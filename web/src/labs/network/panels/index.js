// The Network lab's extra panels (step-through, gradient check, loss landscape), mounted by the
// lab into lab.panels (../README.md). Each panel redraws after the lab's frames and starts over
// when the lab rebuilds its model.
import { createLabPanelSource } from './lab-panel-source.js';
import { mountGradientCheck } from './gradient-check-panel.js';
import { mountLandscape } from './landscape-panel.js';
import { mountStepThrough } from './step-through-panel.js';

/**
 * @param {HTMLElement} container
 * @param {any} lab the Network lab
 * @returns {{ dispose(): void }}
 */
export function mountNetworkPanels(container, lab) {
  const source = createLabPanelSource(lab);
  const host = { panelSource: source };
  const t = (key, params) => lab.t(key, params);
  // Each panel appends its element to the container; it is registered under its hide/lock name.
  const mounts = {
    stepThrough: mountStepThrough,
    gradientCheck: mountGradientCheck,
    landscape: mountLandscape,
  };
  const panels = Object.entries(mounts).map(([name, mount]) => {
    const panel = mount(container, host, t);
    const element = container.lastElementChild;
    if (element) lab.host.controls.register(name, element);
    return panel;
  });
  const update = () => {
    for (const panel of panels) panel.update();
  };
  const rebuilt = () => {
    for (const panel of panels) panel.reset();
  };
  const unsubscribe = [lab.onFrame(update), lab.onModel(rebuilt)];
  return {
    dispose() {
      for (const off of unsubscribe) off();
      for (const panel of panels) panel.dispose();
      source.dispose();
    },
  };
}
