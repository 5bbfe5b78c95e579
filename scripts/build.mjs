// `npm run build`: a static dist/ with relative asset URLs, servable from any sub-path.
import { BUILD_PACKAGES, ensureDebianPackages, ensureNodeModules } from './lib/setup.mjs';
import { buildWasm } from './lib/builds.mjs';
import { MODULE_GZIP_LIMIT, describeModule, measureModule } from './lib/module-size.mjs';

ensureDebianPackages(BUILD_PACKAGES);
ensureNodeModules();
if (buildWasm() !== 0) process.exit(1);
// The module's load size, on the artifact this build made (`npm test` fails above the target).
const size = measureModule();
if (size) {
  const withinTarget = size.minified && size.total <= MODULE_GZIP_LIMIT;
  console.log(`${withinTarget ? '✓' : '✗'} ${describeModule(size)}`);
}
const { build } = await import('vite');
await build({ configFile: 'vite.config.js' });
console.log('\nStatic site written to dist/ (serve it from any path).');
