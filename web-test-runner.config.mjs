import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium, firefox, webkit } from './test/support/browsers.mjs';
import { strictCspPages } from './test/support/csp-pages.mjs';
import { distAsBuilt } from './test/support/dist-as-built.mjs';
import { fixtureStatementsServed } from './test/support/fixture-statements-served.mjs';
import { frameworkApps } from './test/support/framework-apps.mjs';
import { collectGarbagePlugin } from './test/support/gc-command.mjs';
import { devtoolsCommandsPlugin } from './test/support/devtools-commands.mjs';
import { rawModules } from './test/support/raw-modules.mjs';
import { testReleases } from './test/support/test-releases.mjs';
import { runStepsBefore } from './scripts/lib/steps-before.mjs';

// The pages load the built bundles and lib/: on a fresh checkout, build them first.
runStepsBefore(import.meta.dirname, ['lib', 'manifest', 'bundle']);

// One group per engine: `npm test -- --group firefox` runs one alone.
const engines = { chromium, firefox, webkit };
const argument = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const wanted = argument('--group') ? [argument('--group')] : Object.keys(engines);
// Groups name their own files, so honour `--files` here for running one test file.
const files = argument('--files') ?? 'test/browser/**/*.test.ts';

export default {
  nodeResolve: { exportConditions: ['production'] },
  // frameworkApps first: it builds test/frameworks/*-app.js before esbuild would serve the sources.
  plugins: [
    frameworkApps(),
    esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2021' }),
    collectGarbagePlugin(),
    devtoolsCommandsPlugin(),
  ],
  // Pages load dist/*.js exactly as built (not re-transformed), and only the hostile fixture
  // pages named csp-*.html get a Content-Security-Policy header; /raw/ serves lib/ and
  // node_modules/ untouched, for the import-map page; /fixture-statements/ the statements
  // written for the tests, compiled; test/.built/ is made when first asked for.
  middleware: [testReleases(), distAsBuilt(), rawModules(), strictCspPages, fixtureStatementsServed()],
  groups: wanted.filter((name) => engines[name]).map((name) => ({ name, files, browsers: [engines[name]()] })),
  // The machines have 2 cores: one browser at a time keeps timings steady.
  concurrentBrowsers: 1,
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: {
    config: { timeout: 10000 },
  },
};
