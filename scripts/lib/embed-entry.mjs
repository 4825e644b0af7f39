// dist/embed.json, the contract other tools read (the generator, the release check, the
// WordPress plugin's build, a partner's own tooling): the build's version and one entry per
// statement, every path relative to dist/, every URL ending in /dist/<that path> so a mirror of
// dist/ (self-hosting) serves it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseUrl } from '../../src/snippets/index.js';

/** The `integrity` value for these bytes: the browser runs the script only if they match. */
export function sriHash(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The CSP source that allows a pre-rendered element's inline <style>: sha256 of its exact text. */
export function styleHashOf(element) {
  const css = /<template shadowrootmode[^>]*>\s*<style>([\s\S]*?)<\/style>/.exec(element)?.[1];
  if (css === undefined) throw new Error('prerender: no <style> at the start of the declarative root');
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}

/**
 * One statement's entry, from its built files under distDir/<id>/ (`hydrate` once the
 * hydrating bundle and its renders are written).
 * @param {import('../content/model.mjs').Statement} statement
 * @param {{ packageName: string, version: string, distDir: string }} build
 */
export function embedEntry(statement, { packageName, version, distDir }) {
  const { id } = statement;
  const file = (name) => join(distDir, id, name);
  const script = (name) => ({ url: releaseUrl(packageName, version, `${id}/${name}`), integrity: sriHash(readFileSync(file(name))) });
  const entry = {
    id,
    titles: Object.fromEntries(statement.translations.map(({ lang, title }) => [lang, title])),
    languages: statement.translations.map(({ lang }) => lang),
    // Each language's name in itself, as the widget's switcher and the generator show it.
    languageNames: Object.fromEntries(statement.translations.map(({ lang, name }) => [lang, name])),
    original: statement.original,
    canonicalUrl: statement.canonicalUrl,
    signatoryCount: statement.signatories.length,
    snippet: `${id}/embed.html`,
    prerendered: `${id}/embed-prerendered.html`,
    script: script('joint-statement.js'),
  };
  if (existsSync(file('joint-statement-hydrate.js')) && existsSync(file(`prerendered/${statement.original}.html`))) {
    entry.hydrate = { ...script('joint-statement-hydrate.js'), styleHash: styleHashOf(readFileSync(file(`prerendered/${statement.original}.html`), 'utf8')) };
  }
  return entry;
}

/** What `snippetFor` (src/snippets/) takes as `embed`: one statement's entry with the build's package name and version. */
export const snippetEmbed = (embed, id) => ({ package: embed.package, version: embed.version, ...embed.statements.find((entry) => entry.id === id) });

/** Writes dist/embed.json for these statements: `package` (package.json's name) and `version`, then every statement. */
export function writeEmbedIndex(statements, { packageName, version, distDir }) {
  const embed = { package: packageName, version, statements: statements.map((statement) => embedEntry(statement, { packageName, version, distDir })) };
  writeFileSync(join(distDir, 'embed.json'), `${JSON.stringify(embed, null, 2)}\n`);
  return embed;
}
