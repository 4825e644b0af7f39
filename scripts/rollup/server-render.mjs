// src/ compiled for Node at build time by the bundles' own Rollup plugins, and what is rendered
// from it with Lit's server renderer (@lit-labs/ssr): the pre-rendered element (prerender.mjs)
// and the full-text fallback (src/full-text.ts), so the snippets carry the widget's templates.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { compilePlugins } from './compile-plugins.mjs';
import { flagsFor } from './flags.mjs';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Lit stays outside the server build, resolved from here by Node: Node then loads Lit's server
// build with its DOM shim, and the renderer imported below shares that very LitElement.
const LIT = /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/.*)?$/;
const litFromNode = {
  name: 'lit-from-node',
  resolveId: (source) => (LIT.test(source) ? { id: import.meta.resolve(source), external: true } : null),
};

const compiled = new Map();

/**
 * src/server-render.ts compiled as the statement's hydrating bundle is (the same plugins, build
 * flags and minified CSS, so both render the very same templates), as an ES module loaded
 * into this process; once per project folder and flags.
 * @param {object} statement the compiled statement (scripts/content/compile.mjs)
 * @param {string} [root] the project folder whose src/ is compiled
 * @returns {Promise<{ defineElement: (id: string) => void, registerStatement: (statement: object) => void,
 *   renderFullText: (statement: object, lang: string) => unknown }>}
 */
export function serverModule(statement, root = projectRoot) {
  const key = `${root}\n${JSON.stringify(flagsFor(statement, { hydration: true }))}`;
  if (!compiled.has(key)) {
    const plugins = compilePlugins({ statement, hydration: true, tsconfig: join(root, 'tsconfig.json') });
    compiled.set(key, compile(join(root, 'src/server-render.ts'), plugins));
  }
  return compiled.get(key);
}

async function compile(input, plugins) {
  const bundle = await rollup({
    input,
    plugins: [litFromNode, ...plugins],
    onwarn: (warning) => {
      throw new Error(`server build: ${warning.message}`);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);
}

/** Lit's markers for hydration: the full text is never hydrated, so it carries none. */
const LIT_MARKERS = /<!--\/?lit-(?:part|node)[^>]*-->/g;
/** The space the renderer keeps before an attribute it leaves out (`dir=${nothing}`). */
const SPACE_BEFORE_TAG_END = / +>/g;

/**
 * The full-text fallback in one language (src/full-text.ts) as HTML. Every text and attribute
 * value goes through the renderer's escaping, so each `<!--` and `>` in its output is markup.
 * @param {object} statement the compiled statement
 * @param {string} lang one of its languages
 * @param {string} [root]
 */
export async function renderFullText(statement, lang, root = projectRoot) {
  const [{ renderFullText: template }, { render }, { collectResultSync }] = await Promise.all([
    serverModule(statement, root),
    import('@lit-labs/ssr'),
    import('@lit-labs/ssr/lib/render-result.js'),
  ]);
  return collectResultSync(render(template(statement, lang)))
    .replace(LIT_MARKERS, '')
    .replace(SPACE_BEFORE_TAG_END, '>');
}
