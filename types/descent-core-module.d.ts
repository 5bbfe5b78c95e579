// The generated Emscripten module (web/src/engine/generated/descent-core.js) for the type check,
// typed by the hand-written web/src/engine/descent-core.d.ts. This declaration serves until the
// module is built; the build then writes generated/descent-core.d.ts next to the glue (see
// cmake/wasm.cmake), which tsc prefers to the minified glue itself.
declare module '*/generated/descent-core.js' {
  const createDescentCore: typeof import('../web/src/engine/descent-core.js').default;
  export default createDescentCore;
}
