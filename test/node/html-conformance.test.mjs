import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { everyPartFile, everySnippet } from '../../src/snippets/index.js';
import { root } from './content-helpers.mjs';

// Partners' validators and accessibility audits run the Nu Html Checker (the W3C validator's
// engine, npm's vnu-jar on Java from Debian's default-jre-headless, which
// scripts/cli/ensure-browsers.mjs installs): every snippet must pass it with no error, each in a
// minimal page of its own, as pasted into a partner's body.
const vnuJar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '../build/dist/vnu.jar');
const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));

/** What the build writes and the generator offers as HTML, for every statement, by a name for the failure message. */
function everyHtml() {
  const byHtml = new Map();
  const add = (name, html) => byHtml.has(html) || byHtml.set(html, name);
  for (const statement of index.statements) {
    const embed = { package: index.package, version: index.version, ...statement };
    const dist = join(root, 'dist', statement.id);
    const files = Object.fromEntries(everyPartFile(embed).map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
    for (const file of ['embed.html', 'embed-prerendered.html']) add(`dist/${statement.id}/${file}`, readFileSync(join(dist, file), 'utf8'));
    for (const dir of ['full-text', 'prerendered']) {
      for (const file of readdirSync(join(dist, dir))) add(`dist/${statement.id}/${dir}/${file}`, readFileSync(join(dist, dir, file), 'utf8'));
    }
    for (const { name, code, file } of everySnippet(embed, files)) {
      if (file) add(`${statement.id} ${name}: ${file.path}`, /<script[^]*<\/joint-statement>/.exec(file.text)[0]);
      else if (code.startsWith('<')) add(`${statement.id} ${name}`, code);
    }
  }
  return [...byHtml].map(([html, name]) => ({ name, html }));
}

const page = (html) =>
  `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Partner article</title></head><body>\n<p>Our coalition signed this statement.</p>\n${html}\n<p>Share it.</p>\n</body></html>\n`;

describe('the Nu Html Checker on every snippet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'joint-statement-vnu-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds no error in any snippet the build writes or the generator offers', () => {
    const snippets = everyHtml();
    assert.ok(
      snippets.some(({ html }) => html.includes('<template shadowrootmode')),
      'pre-rendered snippets are checked',
    );
    assert.ok(snippets.length >= 30, `${snippets.length} distinct snippets`);
    const names = new Map(
      snippets.map(({ name, html }, index) => {
        const file = join(dir, `snippet-${index}.html`);
        writeFileSync(file, page(html));
        return [`file:${file}`, name];
      }),
    );
    let output;
    try {
      // The checker prints its JSON report on stderr and exits non-zero when it finds errors.
      output = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...[...names.keys()].map((url) => url.slice(5))], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      if (error.code === 'ENOENT')
        assert.fail('java is missing: install it with "apt-get install default-jre-headless" (scripts/cli/ensure-browsers.mjs does)');
      output = error.stderr || error.stdout;
    }
    const { messages } = JSON.parse(output || '{"messages":[]}');
    const found = messages.map(({ url, message, extract }) => `${names.get(url) ?? url}: ${message} (${String(extract ?? '').slice(0, 80)})`);
    assert.deepEqual(found, []);
  });
});
