// What each build step writes, so that a step run alone first runs the steps it reads from:
// `npm run wordpress` on a fresh checkout runs the bundle step, which runs the content step.
// `npm run build` runs every step in order, so there nothing runs twice.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** npm script → the file it writes last. */
const STEP_OUTPUTS = {
  content: 'src/generated/statements.json',
  lib: 'lib/joint-statement-define.js',
  // The framework types go into lib/types/, which the lib step empties.
  manifest: 'lib/types/svelte.d.ts',
  bundle: 'dist/generator/index.html',
  wordpress: 'dist/wordpress/joint-statement.zip',
};

/**
 * Runs each step whose output is missing, in the order given.
 * @param {string} root the project's folder
 * @param {(keyof typeof STEP_OUTPUTS)[]} steps
 */
export function runStepsBefore(root, steps) {
  for (const step of steps) {
    if (existsSync(join(root, STEP_OUTPUTS[step]))) continue;
    console.log(`${STEP_OUTPUTS[step]} is missing: running npm run ${step} first`);
    execFileSync('npm', ['run', '--silent', step], { cwd: root, stdio: 'inherit' });
  }
}
