#!/usr/bin/env node
// The long-list demo's bundle: the real statement with the benchmark's generated signatories,
// built by the ordinary pipeline in a temporary folder (scripts/lib/build-bundle.mjs), so the
// checkout's src/generated/ and dist/joint-statement.js stay the real statement's.
//
//   node scripts/cli/build-long-list-demo.mjs [count=10000]
//
// Writes dist/demo/joint-statement-long-list.js, which demo/long-list.html loads.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../lib/build-bundle.mjs';
import { writeSyntheticContent } from '../lib/synthetic-content.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const count = Number(process.argv[2] ?? 10000);
const outFile = join(root, 'dist/demo/joint-statement-long-list.js');

const tmp = mkdtempSync(join(os.tmpdir(), 'joint-statement-long-list-'));
try {
  const contentDir = writeSyntheticContent(join(tmp, 'content'), { count });
  const { bundle } = await buildBundle(root, join(tmp, 'build'), contentDir);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, bundle);
  console.log(
    `long-list demo: ${count.toLocaleString('en')} generated signatories, ${(bundle.length / 1024).toFixed(0)} KB → ${outFile.slice(root.length + 1)}`,
  );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
