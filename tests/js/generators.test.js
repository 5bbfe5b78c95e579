// The 2-D data generators the Network and Classification labs draw from.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';

let engine;
beforeAll(async () => {
  engine = await loadEngine();
});

describe('generators', () => {
  it('lists the TF-Playground sets with their tasks', () => {
    const byName = Object.fromEntries(engine.generators().map((g) => [g.name, g.task]));
    expect(byName).toMatchObject({
      circle: 'binary',
      xor: 'binary',
      gauss: 'binary',
      spiral: 'binary',
      plane: 'regression',
      'multi-gauss': 'regression',
      'three-class': 'multi-class',
    });
  });
});
