import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { compileHint } from './scripts/compile-hint.mjs';
import { reportSize } from './scripts/report-size.mjs';
import { writeEmbed } from './scripts/write-embed.mjs';

// One IIFE file: it runs both as a classic <script src> and as <script type="module">,
// which an ES-format bundle cannot (`export` is a syntax error in a classic script).
export default {
  input: 'src/joint-statement-bundle.ts',
  output: {
    file: 'dist/joint-statement.js',
    format: 'iife',
    sourcemap: false,
  },
  plugins: [
    nodeResolve({ browser: true }),
    minifyCssLiterals(),
    esbuild({ target: 'es2021', minify: true, legalComments: 'eof', tsconfig: 'tsconfig.json' }),
    // After the minifier, which would drop it; before the size report and the SRI hash.
    compileHint(),
    reportSize(),
    // dist/embed.html and dist/embed.json: the partner snippet, pinned by an SRI hash of the file above.
    writeEmbed(),
  ],
};
