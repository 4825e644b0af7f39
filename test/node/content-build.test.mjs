import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { contentDir, contentWith, root, statementsFolder } from './content-helpers.mjs';

const generated = join(root, 'src/generated/statements.json');
const compile = (env) => spawnSync(process.execPath, ['scripts/cli/compile-content.mjs'], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' });
const { id } = compileContent(contentDir);

describe('npm run content', () => {
  it('fails on bad content, naming file, line and fix, and writes nothing', () => {
    const before = statSync(generated).mtimeMs;
    const bad = contentWith({ 'signatories.yaml': (text) => text.replace('country: PE', 'country: XX') });
    const result = compile({ STATEMENTS_DIR: statementsFolder({ [id]: bad }) });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /signatories\.yaml:\d+: unknown country code "XX"/);
    assert.match(result.stderr, /fix: use the ISO 3166-1 alpha-2 code/);
    assert.match(result.stderr, /nothing was written/);
    assert.equal(statSync(generated).mtimeMs, before);
  });

  it('builds the statements of another folder from STATEMENTS_DIR the same way, each under its folder name', () => {
    const other = contentWith({ 'statement.yaml': (text) => `${text.replace(/^id: .*\n/m, '')}date: 2019-05\n` });
    try {
      assert.equal(compile({ STATEMENTS_DIR: statementsFolder({ [id]: contentDir, 'second-statement': other }) }).status, 0);
      const built = JSON.parse(readFileSync(generated, 'utf8'));
      assert.deepEqual(
        built.map((statement) => statement.id),
        [id, 'second-statement'],
      );
      assert.equal(built[1].date, '2019-05');
      assert.equal(built[0].date, undefined);
      assert.ok(!existsSync(join(root, 'dist/second-statement')), 'the content step writes nothing into dist/ (the bundle step writes the full text)');
    } finally {
      execFileSync(process.execPath, ['scripts/cli/compile-content.mjs'], { cwd: root });
    }
    assert.doesNotMatch(readFileSync(generated, 'utf8'), /"date"/);
  });

  /** The build's answer for these statements folders: its exit status and what it said. */
  const failing = (...folders) => {
    const before = statSync(generated).mtimeMs;
    const result = compile({ STATEMENTS_DIR: folders.join(delimiter) });
    assert.equal(statSync(generated).mtimeMs, before, 'nothing was written');
    return result;
  };

  it("refuses a folder name that is not a lowercase slug, at that folder's statement.yaml", () => {
    const result = failing(statementsFolder({ 'Lima Group 2019': contentDir }));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /Lima Group 2019[\\/]statement\.yaml:1: the folder name "Lima Group 2019" is not a valid statement id/);
    assert.match(result.stderr, /fix: rename the folder to a lowercase slug .*, e\.g\. lima-group-2019/);
  });

  it('refuses two statements with one id, naming both folders', () => {
    const first = statementsFolder({ 'one-statement': contentDir });
    const second = statementsFolder({ 'one-statement': contentDir });
    const result = failing(first, second);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /one-statement[\\/]statement\.yaml:1: a second statement with the id "one-statement" \(the first is [^)]*one-statement\)/);
  });

  it("refuses an id in statement.yaml that is not its folder's name (a copied folder), at its line", () => {
    const copied = contentWith({});
    const result = failing(statementsFolder({ [id]: contentDir, 'copy-of-it': copied }));
    assert.equal(result.status, 1);
    const line =
      readFileSync(join(copied, 'statement.yaml'), 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('id:')) + 1;
    assert.match(result.stderr, new RegExp(`copy-of-it[\\\\/]statement\\.yaml:${line}: id "${id}" is not this folder's name "copy-of-it"`));
  });

  it('refuses a statement folder missing a file, and a file where a statement folder should be', () => {
    const missing = statementsFolder({ 'no-signatories': contentDir });
    rmSync(join(missing, 'no-signatories', 'signatories.yaml'));
    rmSync(join(missing, 'no-signatories', 'statement.yaml'));
    writeFileSync(join(missing, 'en.md'), 'a stray file\n');
    const result = failing(missing);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /no-signatories[\\/]statement\.yaml:1: statement\.yaml is missing/);
    assert.match(result.stderr, /no-signatories[\\/]signatories\.yaml:1: signatories\.yaml is missing/);
    assert.match(result.stderr, /en\.md:1: a file directly in .*, where each statement has its own folder/);
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
    const published = source
      .split('\n\n')
      .slice(-7)
      .map((line) => words(line).replace(/, (Venezuela|Brazil|Peru)$/, ''));
    // The source lost PROVEA's accents and hyphen in a copy-paste; its name is as PROVEA writes it.
    const ownNames = published.map((name) => name.replace('Programa Venezolano de Educacion Accion', 'Programa Venezolano de Educación-Acción'));
    assert.notDeepEqual(ownNames, published, 'the source still carries the unaccented PROVEA name');
    assert.deepEqual(
      statement.signatories.map((s) => s.name),
      ownNames,
    );
    assert.deepEqual(
      statement.signatories.map((s) => s.country),
      ['VE', 'VE', 'VE', 'VE', 'BR', 'PE', 'US'],
    );
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
    // The Lima Declaration in Spanish is its own words ("ese país" is the statement's
    // "[Venezuela]"). No official Portuguese text of it was found: the Portuguese follows the
    // only published rendering found, the Lusa wire translation ("sua" is "[na Venezuela]").
    assert.match(esText, /“explorar formas de contribuir a la restauración de la democracia en \[Venezuela\] a través de una salida pacífica y negociada”/);
    assert.match(ptText, /“explorar formas de contribuir para restauração da democracia \[na Venezuela\], através de uma saída pacífica e negociada”/);
    // "Linked to clear outcomes": tied to stated aims, not to results already achieved.
    assert.match(esText, /están vinculados a objetivos claros/);
    assert.match(ptText, /estão vinculados a objetivos claros/);
    assert.doesNotMatch(`${esText} ${ptText}`, /resultados claros/);
    assert.match(ptText, /“direitos democráticos e eleições livres”/);
  });
});
