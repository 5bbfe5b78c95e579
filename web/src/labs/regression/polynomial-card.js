// The Regression lab's polynomial card (1-D data only): closed-form polynomial fits of degree
// 0–12 with ridge, the train/test cost readouts and the cost-by-degree chart. It owns the
// Embind polynomial object and deletes it in dispose()/clear().
import { el, formatNumber, sliderControl } from '../controls.js';
import { LineChart } from '../../views/line-chart.js';
import { firstColumn } from './regression-data.js';
import { labelPowersOfTen } from './regression-plot.js';

export class PolynomialCard {
  /**
   * @param {(key: string, params?: object) => string} t
   * @param {import('../../engine/engine.js').Engine} engine
   * @param {number} degree the initial degree
   * @param {(degree: number) => void} onDegree
   */
  constructor(t, engine, degree, onDegree) {
    this.t = t;
    this.engine = engine;
    this.polynomial = null;
    this.fitResult = null;
    this.degree = sliderControl({
      label: t('regression.degree'),
      testid: 'degree',
      min: 0,
      max: 12,
      step: 1,
      value: degree,
      onChange: (v) => onDegree(Math.round(v)),
    });
    this.readouts = {
      train: el('output', { testid: 'readout-train-cost' }),
      test: el('output', { testid: 'readout-test-cost' }),
    };
    this.message = el('p', { className: 'message', testid: 'poly-message' });
    const degreeCanvas = el('canvas', { testid: 'degree-chart' });
    this.chart = new LineChart(degreeCanvas, {
      title: t('regression.chart.degree'),
      xLabel: t('regression.degree'),
      yLabel: t('regression.chart.costAxis'),
      logScale: true,
    });
    labelPowersOfTen(this.chart);
    this.element = el('div', { className: 'chart-card poly-card', testid: 'poly-card' }, [
      el('h3', { text: t('regression.poly.title') }),
      el('p', { className: 'hint', text: t('regression.poly.hint') }),
      this.degree.element,
      el('div', { className: 'readouts' }, [
        el('div', { className: 'readout' }, [
          el('span', { text: t('regression.readout.trainCost') }),
          this.readouts.train,
        ]),
        el('div', { className: 'readout' }, [
          el('span', { text: t('regression.readout.testCost') }),
          this.readouts.test,
        ]),
      ]),
      this.message,
      el('div', { className: 'chart-box small' }, [degreeCanvas]),
    ]);
  }

  /** New fits for new data; the card hides itself for data with more than one input. */
  build(data, degree, lambda, penalizeBias = true) {
    const oneD = data.inputDim === 1;
    this.element.hidden = !oneD;
    if (!oneD) return;
    const xs = firstColumn(data);
    const test = data.test;
    this.polynomial = this.engine.createPolynomial(
      xs,
      data.targets,
      test ? test.inputs : [],
      test ? test.targets : [],
    );
    const costs = this.polynomial.costsByDegree(lambda, penalizeBias);
    const series = [
      {
        label: this.t('regression.chart.train'),
        color: '#1f77b4',
        steps: costs.degrees,
        values: costs.train,
      },
    ];
    if (test)
      series.push({
        label: this.t('regression.chart.test'),
        color: '#d62728',
        steps: costs.degrees,
        values: costs.test,
      });
    this.chart.setSeries(series);
    this.fit(degree, lambda, penalizeBias);
  }

  fit(degree, lambda, penalizeBias = true) {
    if (!this.polynomial) return;
    const fit = this.polynomial.fit(degree, lambda, penalizeBias);
    this.fitResult = fit;
    this.readouts.train.textContent = fit.ok ? formatNumber(fit.trainCost, 5) : '—';
    this.readouts.test.textContent =
      fit.ok && Number.isFinite(fit.testCost) ? formatNumber(fit.testCost, 5) : '—';
    this.message.textContent = fit.ok ? '' : fit.message;
  }

  /** The current polynomial fit when there is one to draw, else null. */
  drawable() {
    return this.polynomial && this.fitResult?.ok ? this.polynomial : null;
  }

  /** @param {number} degree */
  setDegree(degree) {
    this.degree.set(degree);
  }

  clear() {
    this.polynomial?.dispose();
    this.polynomial = null;
  }

  dispose() {
    this.chart.dispose();
    this.clear();
  }
}
