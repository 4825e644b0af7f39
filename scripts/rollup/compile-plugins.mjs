// How src/ is compiled, once for every output: both bundles (rollup.config.mjs) and the
// build-time module for Node behind the pre-render and the full text (server-render.mjs), so
// all of them leave out the same code and minify the same CSS.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { buildFlags, flagsFor } from './flags.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { bundledStatement } from './statement-module.mjs';

/**
 * The Rollup plugins that compile src/ for one statement's bundle.
 * @param {{ statement: object, hydration: boolean, tsconfig?: string }} options hydration: as the
 *   hydrating bundle (Lit's hydrate support kept); tsconfig: the project's, by default from the working folder
 */
export const compilePlugins = ({ statement, hydration, tsconfig = 'tsconfig.json' }) => [
  // The statement this bundle carries, and only the code it can use: a short list ships no
  // filter nor paced growth, the plain bundle no code to adopt a server render.
  bundledStatement(statement),
  buildFlags(flagsFor(statement, { hydration })),
  nodeResolve({ browser: true }),
  json({ namedExports: false, preferConst: true }),
  minifyCssLiterals(),
  esbuild({ target: 'es2022', minify: true, legalComments: 'eof', tsconfig }),
];
