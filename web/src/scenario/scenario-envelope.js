// The envelope every scenario file carries (format, version, lab). Its own module so that a lab's
// scenario module can use it without importing scenario.js, which imports every lab module.

export const SCENARIO_FORMAT = 'descent-scenario';
export const SCENARIO_VERSION = 1;

/** Adds the envelope to a lab's scenario body (envelope keys first, as the files show them). */
export function withEnvelope(lab, body) {
  return { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, lab, ...body };
}
