import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { root } from './content-helpers.mjs';

// The release URL names the package: if its name on npm is taken, or the coordinating
// organisation moves it to a scope it owns, changing package.json's name must move every URL.
const MOVED = '@coalition-example/joint-statement';
const { name: ORIGINAL } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const LEFT_OUT = new Set(['node_modules', 'dist', 'lib', '.git', 'test/.built']);

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

describe('the package name', () => {
  let copy;
  before(() => {
    copy = mkdtempSync(join(tmpdir(), 'joint-statement-package-name-'));
    cpSync(root, copy, {
      recursive: true,
      filter: (source) =>
        !LEFT_OUT.has(relative(root, source).split(sep)[0]) &&
        !LEFT_OUT.has(relative(root, source).split(sep).slice(0, 2).join('/')) &&
        !source.includes(`${sep}node_modules${sep}`),
    });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    const pkg = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
    writeFileSync(join(copy, 'package.json'), `${JSON.stringify({ ...pkg, name: MOVED }, null, 2)}\n`);
    // What writes dist/ (the type check is left out: the tests import the package by its name).
    for (const step of ['content', 'lib', 'bundle', 'wordpress']) execFileSync('npm', ['run', step], { cwd: copy, stdio: 'pipe' });
  });
  after(() => copy && rmSync(copy, { recursive: true, force: true }));

  it('is the only change a move to a scope needs: dist/ names the new package and never the old one', () => {
    const { version } = JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8'));
    const oldUrl = new RegExp(`(cdn\\.jsdelivr\\.net/npm|unpkg\\.com)/${ORIGINAL}@`);
    const texts = filesUnder(join(copy, 'dist'))
      .filter((file) => /\.(html|json|js|php|txt|mjs)$/.test(file))
      .map((file) => [relative(copy, file), readFileSync(file, 'utf8')]);
    assert.ok(texts.length > 20, `only ${texts.length} text files in dist/`);
    for (const [file, text] of texts) assert.doesNotMatch(text, oldUrl, `${file} still points at ${ORIGINAL}`);
    const embed = JSON.parse(readFileSync(join(copy, 'dist/embed.json'), 'utf8'));
    const newUrl = `https://cdn.jsdelivr.net/npm/${MOVED}@${version}/dist/`;
    assert.equal(embed.package, MOVED);
    for (const { id, script, hydrate, snippet, prerendered } of embed.statements) {
      assert.equal(script.url, `${newUrl}${id}/joint-statement.js`);
      assert.equal(hydrate.url, `${newUrl}${id}/joint-statement-hydrate.js`);
      assert.ok(readFileSync(join(copy, 'dist', snippet), 'utf8').includes(`<script src="${newUrl}${id}/joint-statement.js"`));
      assert.ok(readFileSync(join(copy, 'dist', prerendered), 'utf8').includes(`<script src="${newUrl}${id}/joint-statement-hydrate.js"`));
    }
    const plugin = JSON.parse(readFileSync(join(copy, 'dist/wordpress/joint-statement/data/statements.json'), 'utf8'));
    for (const { id, script } of plugin.statements) assert.equal(script.url, `${newUrl}${id}/joint-statement.js`);
  });
});
