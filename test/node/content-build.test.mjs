import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { contentDir, contentWith, root } from './content-helpers.mjs';

const generated = join(root, 'src/generated/statement.json');
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
    // The source lost PROVEA's accents and hyphen in a copy-paste; its name is as PROVEA writes it.
    const ownNames = published.map((name) =>
      name.replace('Programa Venezolano de Educacion Accion', 'Programa Venezolano de Educación-Acción'),
    );
    assert.notDeepEqual(ownNames, published, 'the source still carries the unaccented PROVEA name');
    assert.deepEqual(statement.signatories.map((s) => s.name), ownNames);
    assert.deepEqual(statement.signatories.map((s) => s.country), ['VE', 'VE', 'VE', 'VE', 'BR', 'PE', 'US']);
  });

  it('keeps every translation aligned paragraph for paragraph, with established names', () => {
    const [, es, pt] = statement.translations;
    assert.equal(es.paragraphs.length, 4);
    assert.equal(pt.paragraphs.length, 4);
    const esText = es.paragraphs.map(textOf).join(' ');
    const ptText = pt.paragraphs.map(textOf).join(' ');
    assert.match(esText, /Grupo de Lima/);
    // One name for the contact group throughout: the one in the EU's Spanish communiqués.
    assert.equal(esText.match(/Grupo Internacional de Contacto/g)?.length, 3);
    assert.doesNotMatch(esText, /Grupo de Contacto Internacional/);
    assert.match(ptText, /Grupo de Contato Internacional/);
    // A quotation is the quoted document's own words in that language (the Lima Declaration's
    // "ese país" / "naquele país" is the statement's "[Venezuela]").
    assert.match(esText, /“explorar formas de contribuir a la restauración de la democracia en \[Venezuela\] a través de una salida pacífica y negociada”/);
    assert.match(ptText, /“explorar formas de contribuir para a restauração da democracia na \[Venezuela\] através de uma saída pacífica e negociada”/);
    assert.match(ptText, /“direitos democráticos e eleições livres”/);
  });
});
