#!/usr/bin/env node
// `node scripts/cli/steps-before.mjs content lib`: for an npm script that is not ours to edit
// (tsc), the steps it reads from, run first when their output is missing.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStepsBefore } from '../lib/steps-before.mjs';

runStepsBefore(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), process.argv.slice(2));
