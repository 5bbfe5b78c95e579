// `npm run build`: a static dist/ with relative asset URLs, servable from any sub-path.
import { BUILD_PACKAGES, ensureDebianPackages, ensureNodeModules } from './lib/setup.mjs';
import { buildWasm } from './lib/builds.mjs';

ensureDebianPackages(BUILD_PACKAGES);
ensureNodeModules();
if (buildWasm() !== 0) process.exit(1);
const { build } = await import('vite');
await build({ configFile: 'vite.config.js' });
console.log('\nStatic site written to dist/ (serve it from any path).');
