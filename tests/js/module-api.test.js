// The hand-written .d.ts must describe exactly what the Embind module exports.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../web/src/engine/load-node.js';

const dts = readFileSync(
  new URL('../../web/src/engine/descent-core.d.ts', import.meta.url),
  'utf8',
);

/** Top-level member names declared in `interface Name ... { ... }` (two-space indent). */
function declaredMembers(name) {
  const match = dts.match(new RegExp(`export interface ${name}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`));
  if (!match) throw new Error(`interface ${name} not found in the .d.ts`);
  return [...match[1].matchAll(/^ {2}(\w+)\??\s*[(:]/gm)].map((m) => m[1]);
}

const RUNTIME_FUNCTIONS = new Set([
  'run',
  'BindingError',
  'InternalError',
  'UnboundTypeError',
  'getInheritedInstanceCount',
  'getLiveInheritedInstances',
  'flushPendingDeletes',
  'setDelayFunction',
  'count_emval_handles',
  'get_first_emval',
]);

let core;
beforeAll(async () => {
  core = (await loadEngine()).core;
});

describe('descent-core.d.ts', () => {
  it('declares every function and class the module registers, and nothing else', () => {
    // Everything callable on the module except Emscripten's and Embind's own runtime (listed:
    // the Closure Compiler renames the argCount property that used to tell them apart).
    const exported = Object.keys(core).filter(
      (key) =>
        typeof core[key] === 'function' && !key.startsWith('_') && !RUNTIME_FUNCTIONS.has(key),
    );
    expect(exported.sort()).toEqual(declaredMembers('DescentCore').sort());
  });

  // Every class the .d.ts declares on DescentCore (capitalised members), checked method by method.
  const classNames = declaredMembers('DescentCore').filter((name) => /^[A-Z]/.test(name));
  it('declares the classes', () =>
    expect(classNames).toEqual(expect.arrayContaining(['Trainer', 'Surface'])));
  for (const className of classNames) {
    it(`declares exactly the methods of ${className}`, () => {
      const prototype = core[className].prototype;
      const methods = Object.getOwnPropertyNames(prototype).filter(
        (key) =>
          typeof prototype[key] === 'function' &&
          key !== 'constructor' &&
          !EMBIND_BUILTINS.has(key),
      );
      const declared = declaredMembers(className).filter((key) => key !== 'delete');
      expect(methods.sort()).toEqual(declared.sort());
    });
  }
});

// Methods every Embind class gets for free.
const EMBIND_BUILTINS = new Set(['clone', 'delete', 'deleteLater', 'isAliasOf', 'isDeleted']);
