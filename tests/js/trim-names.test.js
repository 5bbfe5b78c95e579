// The hide/lock names of each lab (state/trim-names.js) and the reading of hide= and lock=.
import { describe, expect, it } from 'vitest';
import { fieldNames } from '../../web/src/state/field-table.js';
import {
  LAB_PARTS,
  LAB_TABLES,
  PAGE_PARTS,
  SHARED_BUTTONS,
  parseNameList,
  readTrim,
  trimNames,
} from '../../web/src/state/trim-names.js';

const LABS = Object.keys(LAB_TABLES);

describe('trimNames', () => {
  it.each(LABS)('%s: every field, panel, button and page part once, each with a meaning', (lab) => {
    const names = trimNames(lab);
    const listed = names.map((entry) => entry.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toEqual(expect.arrayContaining(fieldNames(LAB_TABLES[lab])));
    expect(listed).toEqual(expect.arrayContaining(Object.keys(LAB_PARTS[lab].panels)));
    expect(listed).toEqual(expect.arrayContaining(Object.keys(SHARED_BUTTONS)));
    expect(listed).toEqual(expect.arrayContaining(Object.keys(PAGE_PARTS)));
    for (const entry of names) expect(entry.doc.length).toBeGreaterThan(5);
  });

  it.each(LABS)('%s: a field said to have no control is a field of the table', (lab) => {
    const fields = fieldNames(LAB_TABLES[lab]);
    for (const name of Object.keys(LAB_PARTS[lab].noControl)) expect(fields).toContain(name);
    const without = trimNames(lab).filter((entry) => !entry.control);
    expect(without.map((entry) => entry.name).sort()).toEqual(
      Object.keys(LAB_PARTS[lab].noControl).sort(),
    );
  });

  it('names a group member field as <group>.<key> (Valley racers)', () => {
    const valley = trimNames('valley');
    expect(valley.map((entry) => entry.name)).toContain('racers.learningRate');
    // `racers` alone is the racers card (every member's settings at once).
    expect(valley.find((entry) => entry.name === 'racers')?.kind).toBe('panel');
  });

  it('refuses a lab it does not know, by name', () => {
    expect(() => trimNames('nope')).toThrow('Unknown lab "nope"');
  });
});

describe('parseNameList', () => {
  it('splits on commas, trims, drops empty entries and repeats', () => {
    expect(parseNameList(' learningRate , momentum,,learningRate,')).toEqual([
      'learningRate',
      'momentum',
    ]);
  });

  it('gives nothing for a missing or empty value', () => {
    expect(parseNameList(null)).toEqual([]);
    expect(parseNameList('')).toEqual([]);
  });
});

describe('readTrim', () => {
  it('keeps known names, reports unknown ones in order, and lets hide win over lock', () => {
    const query = new URLSearchParams('hide=learningRate,landscape,wings&lock=speed,landscape,x');
    expect(readTrim(query, 'network')).toEqual({
      hide: ['learningRate', 'landscape'],
      lock: ['speed'],
      unknown: ['wings', 'x'],
    });
  });

  it('reads names of every kind: field, panel, button, page part, group member', () => {
    const query = new URLSearchParams('hide=racers.beta1,map,exportPng,language&lock=nav');
    expect(readTrim(query, 'valley')).toEqual({
      hide: ['racers.beta1', 'map', 'exportPng', 'language'],
      lock: ['nav'],
      unknown: [],
    });
  });

  it('is case-sensitive: a name differing only in case is unknown', () => {
    expect(readTrim(new URLSearchParams('hide=LearningRate'), 'regression').unknown).toEqual([
      'LearningRate',
    ]);
  });

  it('gives empty lists for a URL without hide= or lock=', () => {
    expect(readTrim(new URLSearchParams('lab=valley'), 'valley')).toEqual({
      hide: [],
      lock: [],
      unknown: [],
    });
  });
});
