// `npm start`: set up what is missing, build the wasm core, serve the playground with Vite.
import { BUILD_PACKAGES, ensureDebianPackages, ensureNodeModules } from './lib/setup.mjs';
import { buildWasm } from './lib/builds.mjs';

ensureDebianPackages(BUILD_PACKAGES);
ensureNodeModules();
if (buildWasm() !== 0) {
  console.error('\n✗ The wasm build failed; see the compiler output above.');
  process.exit(1);
}

const { createServer } = await import('vite');
const server = await createServer({ configFile: 'vite.config.js' });
await server.listen();
console.log('\nDescent is running. Open:');
server.printUrls();
