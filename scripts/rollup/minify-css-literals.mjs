import { transformSync } from 'esbuild';

// Lit's css`` literals reach the bundle as written: comments, indentation and all. esbuild
// minifies JavaScript but not the text inside template literals, so this Rollup plugin
// minifies each literal with esbuild's CSS minifier before the TypeScript is compiled.
// Interpolations stand in the CSS while it is minified, then are put back: a list of
// declarations (`${palette}`) as a unique custom property, a value (`${PALETTES.light.accent}`)
// as a unique word.

const CSS_LITERAL = /\bcss`([^`]*)`/g;
const INTERPOLATION = /\$\{([^}]*)\}/g;

/** Minifies the CSS text of one css`` literal; `body` may be a stylesheet or declarations. */
function minifyCssLiteralBody(body, where = 'css literal') {
  const expressions = [];
  const withPlaceholders = body.replace(INTERPOLATION, (_, expression, offset) => {
    expressions.push(expression);
    const index = expressions.length - 1;
    const isDeclarations = /(^|[{;}])\s*$/.test(body.slice(0, offset));
    return isDeclarations ? `--_interpolation-${index}:0;` : `_interpolation-${index}_`;
  });
  // A fragment of declarations (a palette) is not a stylesheet: wrap it in a rule to minify it.
  const isDeclarationList = !withPlaceholders.includes('{');
  const source = isDeclarationList ? `x{${withPlaceholders}}` : withPlaceholders;
  // Whitespace and comments only: values stay as written (full minification turns "120ms"
  // into ".12s" and "normal" into "400"), and no syntax is lowered for old engines.
  let minified = transformSync(source, { loader: 'css', minifyWhitespace: true }).code.trim();
  if (isDeclarationList) minified = minified.slice(2, -1);
  const restored = minified
    .replace(/--_interpolation-(\d+):0;?/g, (_, index) => `\${${expressions[Number(index)]}};`)
    .replace(/_interpolation-(\d+)_/g, (_, index) => `\${${expressions[Number(index)]}}`);
  const unrestored = expressions.length - (restored.match(/\$\{/g) ?? []).length;
  if (unrestored !== 0) throw new Error(`${where}: the CSS minifier dropped an interpolation`);
  return restored;
}

/** Every css`` literal of a module's source, minified. */
function minifyCssLiteralsIn(code, id) {
  return code.replace(CSS_LITERAL, (_, body) => `css\`${minifyCssLiteralBody(body, id)}\``);
}

export function minifyCssLiterals({ include = /\.styles\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id)) return null;
      return { code: minifyCssLiteralsIn(code, id), map: null };
    },
  };
}
