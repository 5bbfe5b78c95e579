// Copied next to the generated glue (web/src/engine/generated/descent-core.d.ts) by the wasm
// build, as a later Emscripten's --emit-tsd would write it: the type check (tsconfig.json) then
// types the module by the hand-written web/src/engine/descent-core.d.ts instead of reading the
// minified glue.
export * from '../descent-core.js';
export { default } from '../descent-core.js';
