import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { compileHint } from './scripts/compile-hint.mjs';
import { reportSize } from './scripts/report-size.mjs';
import { specialiseToContent } from './scripts/specialise-to-content.mjs';
import { writeEmbed } from './scripts/write-embed.mjs';
import { writePrerendered } from './scripts/write-prerendered.mjs';

const plugins = ({ sizeReport, hydration }) => [
  nodeResolve({ browser: true }),
  // Only what the compiled statement can use: a short list ships no filter nor paced growth.
  // Before the JSON plugin: it also takes the filter's text out of the statement's JSON.
  specialiseToContent({ hydration }),
  // The compiled statement as one object literal (no named export per key, which cost bytes).
  json({ namedExports: false, preferConst: true }),
  minifyCssLiterals(),
  esbuild({ target: 'es2021', minify: true, legalComments: 'eof', tsconfig: 'tsconfig.json' }),
  // Then terser, for what esbuild leaves: Lit's `_$` properties (its cross-package internals,
  // kept long so separately built Lit packages agree) are all inside this one file, so they
  // can be shortened together. About 300 bytes gzip.
  terser({ ecma: 2021, compress: { passes: 2, negate_iife: false }, mangle: { properties: { regex: /^_\$/ } } }),
  // After the minifier, which would drop it; before the size report and the SRI hash.
  compileHint(),
  reportSize(sizeReport),
];

// IIFE files: they run both as a classic <script src> and as <script type="module">, which an
// ES-format bundle cannot (`export` is a syntax error in a classic script). constBindings: the
// compiled statement's JSON module then joins the file's other `const` declarations, so it
// costs not a byte more than a statement written as TypeScript did.
export default [
  {
    input: 'src/joint-statement-bundle.ts',
    output: { file: 'dist/joint-statement.js', format: 'iife', sourcemap: false, generatedCode: { constBindings: true } },
    // dist/embed.html and dist/embed.json: the partner snippet, pinned by an SRI hash of the file.
    plugins: [...plugins({ hydration: false }), writeEmbed()],
  },
  {
    // For pre-rendered snippets only: Lit's hydrate support adopts the declarative shadow DOM
    // the page already shows. A second file, so the plain bundle carries none of it.
    input: 'src/joint-statement-hydrate.ts',
    output: { file: 'dist/joint-statement-hydrate.js', format: 'iife', sourcemap: false, generatedCode: { constBindings: true } },
    // dist/prerendered/, dist/embed-prerendered.html, and `hydrate` in dist/embed.json.
    plugins: [...plugins({ sizeReport: { over: 'dist/joint-statement.js' }, hydration: true }), writePrerendered()],
  },
];
