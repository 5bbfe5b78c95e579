// The Network lab's toolbar: run buttons, the epoch/step/loss/accuracy readouts, and the
// export/import buttons (with the hidden file input of Import).
import { buttonControl, el, formatNumber } from '../controls.js';
import { fileInput } from '../shared/file-export.js';

export class NetworkToolbar {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {{ play: () => void, stepBatch: () => void, stepEpoch: () => void, reset: () => void,
   *   newWeights: () => void, exportScenario: () => void, importScenario: (file: File) => void,
   *   exportPng: () => void, exportCsv: () => void }} actions
   */
  constructor(t, actions) {
    this.t = t;
    this.playButton = buttonControl({ text: t('network.play'), testid: 'play', className: 'primary', onClick: actions.play });
    this.readouts = {
      epoch: el('output', { testid: 'readout-epoch' }),
      step: el('output', { testid: 'readout-step' }),
      trainLoss: el('output', { testid: 'readout-train-loss' }),
      testLoss: el('output', { testid: 'readout-test-loss' }),
      trainAccuracy: el('output', { testid: 'readout-train-accuracy' }),
      testAccuracy: el('output', { testid: 'readout-test-accuracy' }),
    };
    const readout = (key) => el('div', { className: 'net-readout' }, [el('span', { text: t(`network.readout.${key}`) }), this.readouts[key]]);
    this.accuracyReadouts = [readout('trainAccuracy'), readout('testAccuracy')];
    const importInput = fileInput({ accept: 'application/json,.json', testid: 'import-file', hidden: true }, actions.importScenario);
    this.element = el('div', { className: 'net-toolbar' }, [
      el('div', { className: 'buttons' }, [
        this.playButton,
        buttonControl({ text: t('network.stepBatch'), testid: 'step', onClick: actions.stepBatch }),
        buttonControl({ text: t('network.stepEpoch'), testid: 'step-epoch', onClick: actions.stepEpoch }),
        buttonControl({ text: t('network.reset'), testid: 'reset', onClick: actions.reset }),
        buttonControl({ text: t('network.newWeights'), testid: 'new-weights', onClick: actions.newWeights }),
      ]),
      el('div', { className: 'net-readouts' }, [readout('epoch'), readout('step'), readout('trainLoss'), readout('testLoss'), ...this.accuracyReadouts]),
      el('div', { className: 'buttons' }, [
        buttonControl({ text: t('network.export'), testid: 'export-scenario', onClick: actions.exportScenario }),
        buttonControl({ text: t('network.import'), testid: 'import-scenario', onClick: () => importInput.click() }),
        buttonControl({ text: t('network.exportPng'), testid: 'export-png', onClick: actions.exportPng }),
        buttonControl({ text: t('network.exportCsv'), testid: 'export-csv', onClick: actions.exportCsv }),
        importInput,
      ]),
    ]);
  }

  /** @param {boolean} playing */
  setPlaying(playing) {
    this.playButton.textContent = this.t(playing ? 'network.pause' : 'network.play');
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
