import terser from '@rollup/plugin-terser';
import { compilePlugins } from './scripts/rollup/compile-plugins.mjs';
import { compileHint } from './scripts/rollup/compile-hint.mjs';
import { readCompiledStatement } from './scripts/lib/compiled-statement.mjs';
import { reportSize } from './scripts/rollup/report-size.mjs';
import { writeEmbed } from './scripts/rollup/write-embed.mjs';
import { writeFullText } from './scripts/rollup/write-full-text.mjs';
import { writePrerendered } from './scripts/rollup/write-prerendered.mjs';

/**
 * Lit's `_$` internals, and private members of the element and its controller whose names
 * nothing else in the bundle (Lit, the DOM) uses.
 */
const PRIVATE_MEMBERS = new RegExp(
  `^(_\\$.*|${[
    'statementRegistered',
    'findStatement',
    'hydratingLanguage',
    'readingPosition',
    'signatoryList',
    'chooseTranslation',
    'checkAttribute',
    'chooseLanguage',
    'toggleSignatories',
    'ownStatement',
    'shownStatement',
    'definedFor',
    'queryChanged',
    'focusToggleAfterUpdate',
    'focusRevealedAfterUpdate',
    'growFrame',
    'growTimer',
    'growthPace',
    'filterPreparedFor',
    'cancelFilterPreparation',
    'followToggle',
    'toggleByReader',
    'focusFirstRevealed',
    'namesToRender',
    'keepGrowingList',
    'prepareFilterWhenIdle',
    'renderAllForPrint',
    'focusWillBeRemoved',
    'rootPending',
    'adopting',
    'warnings',
    'printing',
    'renderedCount',
    'countryCount',
    'endPrint',
    'announcer',
  ].join('|')})$`,
);

const plugins = ({ statement, sizeReport, hydration }) => [
  // src/ compiled as for the server render (scripts/rollup/compile-plugins.mjs).
  ...compilePlugins({ statement, hydration }),
  // Then terser, for what esbuild leaves: Lit's `_$` properties (its cross-package internals,
  // kept long so separately built Lit packages agree) and the element's private members are
  // all inside this one file, so they can be shortened together. Nothing outside the bundle
  // reads them: the registry between bundles holds plain data only (src/registry.ts).
  terser({
    ecma: 2022,
    toplevel: true,
    compress: {
      passes: 3,
      negate_iife: false,
      unsafe_arrows: true,
      unsafe_methods: true,
      pure_getters: true,
      keep_fargs: false,
      unsafe_comps: true,
      unsafe_math: true,
      unsafe_undefined: true,
      booleans_as_integers: false,
    },
    mangle: { properties: { regex: PRIVATE_MEMBERS } },
  }),
  // After the minifier, which would drop it; before the size report and the SRI hash.
  compileHint(),
  reportSize(sizeReport),
];

/**
 * One statement's two bundles, under dist/<id>/: `rollup -c --configStatement <id>` (the
 * `bundle` script, scripts/cli/build-bundles.mjs, runs it once per statement, each in its own
 * process, so the server render of one statement never meets another's element class).
 * IIFE files: they run both as a classic <script src> and as <script type="module">, which an
 * ES-format bundle cannot (`export` is a syntax error in a classic script).
 */
export default function config({ configStatement: id }) {
  const statement = readCompiledStatement(undefined, id);
  const output = (file) => ({ file: `dist/${statement.id}/${file}`, format: 'iife', sourcemap: false, generatedCode: { constBindings: true } });
  return [
    {
      input: 'src/joint-statement-bundle.ts',
      output: output('joint-statement.js'),
      // dist/<id>/full-text/<lang>.html, and dist/<id>/embed.html: the partner snippet, pinned
      // by an SRI hash of the file.
      plugins: [...plugins({ statement, hydration: false }), writeFullText(statement), writeEmbed(statement)],
    },
    {
      // For pre-rendered snippets only: Lit's hydrate support adopts the declarative shadow DOM
      // the page already shows. A second file, so the plain bundle carries none of it.
      input: 'src/joint-statement-hydrate.ts',
      output: output('joint-statement-hydrate.js'),
      // dist/<id>/prerendered/ and dist/<id>/embed-prerendered.html.
      plugins: [...plugins({ statement, sizeReport: { over: `dist/${statement.id}/joint-statement.js` }, hydration: true }), writePrerendered(statement)],
    },
  ];
}
