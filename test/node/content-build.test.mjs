import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { contentDir, contentWith, root } from './content-helpers.mjs';

const generated = join(root, 'src/generated/statement.ts');
const compile = (env) => spawnSync(process.execPath, ['scripts/compile-content.mjs'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });

describe('npm run content', () => {
  it('fails on bad content, naming file, line and fix, and writes nothing', () => {
    const before = statSync(generated).mtimeMs;
    const bad = contentWith({ 'signatories.yaml': (text) => text.replace('country: PE', 'country: XX') });
    const result = compile({ CONTENT_DIR: bad });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /signatories\.yaml:\d+: unknown country code "XX"/);
    assert.match(result.stderr, /fix: use the ISO 3166-1 alpha-2 code/);
    assert.match(result.stderr, /nothing was written/);
    assert.equal(statSync(generated).mtimeMs, before);
  });

  it('builds another statement from CONTENT_DIR the same way', () => {
    const other = contentWith({ 'statement.yaml': (text) => `${text}date: 2019-05\n` });
    try {
      assert.equal(compile({ CONTENT_DIR: other }).status, 0);
      assert.match(readFileSync(generated, 'utf8'), /"date": "2019-05"/);
    } finally {
      execFileSync(process.execPath, ['scripts/compile-content.mjs'], { cwd: root });
    }
    assert.doesNotMatch(readFileSync(generated, 'utf8'), /"date"/);
  });
});

describe('the statement as the signatories wrote it', () => {
  const source = readFileSync(join(root, 'test/fixtures/statement-source.txt'), 'utf8');
  const statement = compileContent(contentDir);
  const words = (text) => text.replace(/\s+/g, ' ').trim();
  const textOf = (runs) => runs.map((run) => (typeof run === 'string' ? run : textOf(run.children))).join('');

  it('keeps the English text verbatim, but for the two typing slips', () => {
    const fixed = source
      .replace('(Versión en español)', '') // the original page's link to its Spanish version; the switcher replaces it
      .replace('Group’sefforts', 'Group’s efforts');
    const english = statement.translations.find((t) => t.lang === 'en');
    const body = english.paragraphs.map(textOf).join('\n\n');
    assert.ok(words(fixed).startsWith(words(body)), 'the English paragraphs are the source text');
    assert.equal(english.paragraphs.length, 4);
  });

  it('lists the seven signatories by their own names, in the published order', () => {
    const published = source.split('\n\n').slice(-7).map((line) => words(line).replace(/, (Venezuela|Brazil|Peru)$/, ''));
    assert.deepEqual(statement.signatories.map((s) => s.name), published);
    assert.deepEqual(statement.signatories.map((s) => s.country), ['VE', 'VE', 'VE', 'VE', 'BR', 'PE', 'US']);
  });

  it('keeps every translation aligned paragraph for paragraph, with established names', () => {
    const [, es, pt] = statement.translations;
    assert.equal(es.paragraphs.length, 4);
    assert.equal(pt.paragraphs.length, 4);
    const esText = es.paragraphs.map(textOf).join(' ');
    const ptText = pt.paragraphs.map(textOf).join(' ');
    assert.match(esText, /Grupo de Lima/);
    assert.match(esText, /Grupo de Contacto Internacional/);
    assert.match(ptText, /Grupo de Contato Internacional/);
    // The quoted passages stay quoted.
    assert.match(esText, /“explorar formas de contribuir al restablecimiento de la democracia en \[Venezuela\], por medios pacíficos y negociados”/);
    assert.match(ptText, /“direitos democráticos e eleições livres”/);
  });
});
