import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from './test/support/browsers.mjs';

export default {
  files: ['test/browser/**/*.test.ts'],
  // The production build of Lit, as in the bundle (and without its dev-mode console banner).
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  browsers: [chromium()],
  concurrency: 1,
  testFramework: {
    config: { timeout: 10000 },
  },
};
