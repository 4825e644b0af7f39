import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { compile } from 'svelte/compiler';
import { compileScript, parse } from 'vue/compiler-sfc';

/**
 * Test-runner plugin: serves each partner app in test/frameworks/ (`react-app.tsx`,
 * `vue-app.ts`, `svelte-app.ts`…) as one ES module, built the way a partner's bundler builds
 * it: React's CommonJS packages and JSX through esbuild, `.svelte` files through Svelte's own
 * compiler, `.vue` files through Vue's SFC compiler. Frameworks run their development builds, so
 * their warnings (hydration mismatches, unknown elements) reach the console the tests watch.
 * Lit stays outside the bundle: the page shares the one Lit the test runner serves.
 */
export function frameworkApps(rootDir = process.cwd()) {
  const built = new Map();
  return {
    name: 'framework-apps',
    // Keeps `../frameworks/react-app.js` as written: resolvers would point it at the .tsx source.
    resolveImport({ source }) {
      if (/(^|\/)frameworks\/[\w-]+-app\.js$/.test(source)) return source;
      return undefined;
    },
    async serve(context) {
      const name = /^\/test\/frameworks\/([\w-]+-app)\.js$/.exec(context.path)?.[1];
      if (!name) return undefined;
      const source = ['.tsx', '.ts'].map((ext) => join(rootDir, 'test/frameworks', name + ext)).find(existsSync);
      if (!source) return undefined;
      if (!built.has(source)) built.set(source, bundle(source, rootDir));
      return { body: await built.get(source), type: 'js' };
    },
  };
}

async function bundle(entry, rootDir) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: rootDir,
    bundle: true,
    format: 'esm',
    target: 'es2021',
    write: false,
    jsx: 'automatic',
    jsxDev: true,
    conditions: ['development'],
    external: ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*'],
    // The partner's copy of the package, as installed: the built lib/, not the sources.
    alias: { 'joint-statement': join(rootDir, 'lib') },
    define: {
      'process.env.NODE_ENV': '"development"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [svelteCompiler(), vueCompiler()],
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** `.svelte` files compiled by Svelte 5's compiler, in development mode. */
function svelteCompiler() {
  return {
    name: 'svelte',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.svelte$/ }, ({ path }) => {
        const { js, warnings } = compile(readFileSync(path, 'utf8'), { filename: path, dev: true, generate: 'client' });
        if (warnings.length) return { errors: warnings.map((w) => ({ text: `${w.code}: ${w.message}` })) };
        return { contents: js.code, loader: 'js' };
      });
    },
  };
}

/**
 * `.vue` files compiled by Vue's SFC compiler, told (as partners tell it in their Vite
 * config, `vue({ template: { compilerOptions } })`) that <joint-statement> is a custom element.
 */
function vueCompiler() {
  return {
    name: 'vue',
    setup(esbuild) {
      const isCustomElement = (tag) => tag === 'joint-statement';
      esbuild.onLoad({ filter: /\.vue$/ }, ({ path }) => {
        const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path, templateParseOptions: { isCustomElement } });
        if (errors.length) return { errors: errors.map((e) => ({ text: String(e) })) };
        const script = compileScript(descriptor, {
          id: path,
          inlineTemplate: true,
          templateOptions: { compilerOptions: { isCustomElement } },
        });
        return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js' };
      });
    },
  };
}
