// The Network lab's toolbar: the run buttons (the controller's, with Step epoch and New weights
// added), the epoch/step/loss/accuracy readouts, and the file buttons.
import { buttonControl, el, formatNumber } from '../controls.js';
import { readoutRow } from '../shared/panel-parts.js';
import { testidOf } from '../shared/lab-controls.js';

const READOUTS = ['epoch', 'step', 'trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy'];

export class NetworkToolbar {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../shared/lab-controls.js').LabControls} controls
   * @param {{ stepEpoch: () => void, newWeights: () => void }} actions
   */
  constructor(t, controls, actions) {
    this.t = t;
    this.readouts = {};
    const readout = (key) => {
      const label = t(`network.readout.${key}`);
      const row = readoutRow(label, `readout-${testidOf(key)}`, 'net-readout');
      this.readouts[key] = row.output;
      return row.element;
    };
    const rows = READOUTS.map(readout);
    this.accuracyReadouts = rows.slice(4);
    const stepEpoch = controls.register(
      'stepEpoch',
      buttonControl({
        text: t('network.stepEpoch'),
        testid: 'step-epoch',
        onClick: actions.stepEpoch,
      }),
    );
    const newWeights = controls.register(
      'newWeights',
      buttonControl({
        text: t('network.newWeights'),
        testid: 'new-weights',
        onClick: actions.newWeights,
      }),
    );
    // New weights sets the weight seed: hide/lock `weightSeed` reaches it too.
    controls.register('weightSeed', newWeights);
    const run = controls.runRow(stepEpoch);
    run.append(newWeights);
    const readouts = controls.register('readouts', el('div', { className: 'net-readouts' }, rows));
    this.element = el('div', { className: 'net-toolbar' }, [run, readouts, controls.fileRow()]);
  }

  /** Accuracy means nothing for a regression task: its readouts hide. @param {string} task */
  setTask(task) {
    for (const accuracy of this.accuracyReadouts) accuracy.hidden = task === 'regression';
  }

  /** @param {import('../../engine/network-model.js').NetworkModel} model @param {string} task */
  update(model, task) {
    const r = this.readouts;
    r.epoch.textContent = String(model.epoch());
    r.step.textContent = String(model.stepCount());
    r.trainLoss.textContent = formatNumber(model.trainCost(), 4);
    r.testLoss.textContent = formatNumber(model.testCost(), 4);
    if (task !== 'regression') {
      r.trainAccuracy.textContent = `${(model.accuracy(false) * 100).toFixed(1)}%`;
      r.testAccuracy.textContent = `${(model.accuracy(true) * 100).toFixed(1)}%`;
    }
  }
}
