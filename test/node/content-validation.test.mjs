import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { contentWith, lineOf, problemsOf, root } from './content-helpers.mjs';

/** The single problem reported, failing if there is not exactly one. */
function onlyProblem(dir) {
  const problems = problemsOf(dir);
  assert.equal(problems.length, 1, problems.join('\n'));
  return problems[0];
}

function assertProblem(problem, { file, line, message, fix }) {
  assert.ok(problem.file.endsWith(file), `${problem.file} is ${file}`);
  assert.equal(problem.line, line, String(problem));
  assert.match(problem.message, message);
  if (fix) assert.match(problem.fix, fix);
}

const dropThirdParagraph = (text) => {
  const [front, body] = text.split(/\n---\n/);
  const paragraphs = body.trim().split('\n\n');
  paragraphs.splice(2, 1);
  return `${front}\n---\n\n${paragraphs.join('\n\n')}\n`;
};

describe('content validation: each mistake fails the build with file, line and fix', () => {
  it('accepts the real statement', () => {
    const statement = compileContent(contentWith({}));
    assert.deepEqual(
      statement.translations.map((t) => t.lang),
      ['en', 'es', 'pt'],
    );
    assert.equal(statement.signatories.length, 7);
    assert.equal(statement.date, undefined);
  });

  it('rejects a translation whose paragraphs no longer line up with the original', () => {
    const dir = contentWith({ 'es.md': dropThirdParagraph });
    assertProblem(onlyProblem(dir), {
      file: 'es.md',
      line: lineOf(dir, 'es.md', 'Creemos que el Grupo'),
      message: /3 paragraphs, but the original \(.*en\.md\) has 4/,
      fix: /aligned/,
    });
  });

  it('rejects an extra paragraph at the line where the surplus starts', () => {
    const dir = contentWith({ 'pt.md': (text) => `${text}\nUm parágrafo a mais.\n` });
    assertProblem(onlyProblem(dir), { file: 'pt.md', line: lineOf(dir, 'pt.md', 'Um parágrafo a mais'), message: /5 paragraphs/ });
  });

  it('rejects an empty paragraph (only invisible characters)', () => {
    const dir = contentWith({ 'pt.md': (text) => text.replace('\n\nQuando mecanismos', '\n\n&nbsp;\u200b\n\nQuando mecanismos') });
    const empty = problemsOf(dir).find((p) => /empty/.test(p.message));
    assertProblem(empty, { file: 'pt.md', line: lineOf(dir, 'pt.md', '&nbsp;'), message: /this paragraph is empty/ });
  });

  it('rejects raw HTML blocks', () => {
    const dir = contentWith({
      'en.md': (text) => text.replace('In its founding', '<div class="x">In its founding').replace('on the regime.', 'on the regime.</div>'),
    });
    const problem = onlyProblem(dir);
    assertProblem(problem, { file: 'en.md', line: lineOf(dir, 'en.md', '<div'), message: /raw HTML is not allowed/, fix: /Markdown/ });
  });

  it('rejects inline HTML such as <script> and <img onerror>', () => {
    const dir = contentWith({ 'es.md': (text) => text.replace('celebramos', 'celebramos <img src=x onerror=alert(1)>') });
    assertProblem(onlyProblem(dir), { file: 'es.md', line: lineOf(dir, 'es.md', 'onerror'), message: /raw HTML is not allowed \(<img/ });
    const scripted = contentWith({ 'en.md': (text) => text.replace('we applaud', '<script>alert(1)</script> we applaud') });
    assertProblem(onlyProblem(scripted), { file: 'en.md', line: lineOf(scripted, 'en.md', '<script>'), message: /raw HTML/ });
  });

  it('rejects a link that is not http(s) or mailto', () => {
    const dir = contentWith({ 'en.md': (text) => text.replace('the Lima Group expressed', 'the [Lima Group](javascript:alert(1)) expressed') });
    assertProblem(onlyProblem(dir), {
      file: 'en.md',
      line: lineOf(dir, 'en.md', 'javascript:'),
      message: /link "javascript:alert\(1\)" is not an http\(s\) or mailto link/,
      fix: /https:\/\//,
    });
  });

  it('rejects a relative link, which would point into each partner’s own site', () => {
    const dir = contentWith({ 'en.md': (text) => text.replace('Norwegian government', '[Norwegian government](/norway)') });
    assertProblem(onlyProblem(dir), { file: 'en.md', line: lineOf(dir, 'en.md', '/norway'), message: /not an http\(s\) or mailto link/ });
  });

  it('keeps emphasis, strong text and http(s)/mailto links as structured runs', () => {
    const dir = contentWith({
      'en.md': (text) =>
        text.replace('we applaud coordination', 'we *applaud* **coordination** [with WOLA](https://www.wola.org/) and [mail](mailto:info@example.org)'),
    });
    const [first] = compileContent(dir).translations[0].paragraphs;
    assert.deepEqual(first.slice(1, 8), [
      { kind: 'em', children: ['applaud'] },
      ' ',
      { kind: 'strong', children: ['coordination'] },
      ' ',
      { kind: 'link', href: 'https://www.wola.org/', children: ['with WOLA'] },
      ' and ',
      { kind: 'link', href: 'mailto:info@example.org', children: ['mail'] },
    ]);
  });

  it('marks right-to-left languages, so the widget and the full text set dir', () => {
    const dir = contentWith({ 'statement.yaml': (text) => text.replace('languages: [en, es, pt]', 'languages: [en, es, pt, ar]') });
    // A real Arabic file, with Arabic's six plural forms (the build asks for them), and four paragraphs like the seed.
    writeFileSync(join(dir, 'ar.md'), readFileSync(join(root, 'test/fixtures/statements/fixture-civic-space/ar.md'), 'utf8'));
    const statement = compileContent(dir);
    assert.deepEqual(
      statement.translations.map((t) => t.dir),
      ['ltr', 'ltr', 'ltr', 'rtl'],
    );
  });

  it('rejects a missing title', () => {
    const dir = contentWith({ 'pt.md': (text) => text.replace(/^title: .*\n/m, '') });
    assertProblem(onlyProblem(dir), { file: 'pt.md', line: 2, message: /missing "title"/, fix: /title/ });
  });

  it('rejects a missing UI string, at the ui block', () => {
    const dir = contentWith({ 'es.md': (text) => text.replace(/^ {2}showFewer: .*\n/m, '') });
    assertProblem(onlyProblem(dir), {
      file: 'es.md',
      line: lineOf(dir, 'es.md', 'languages: Idioma'),
      message: /missing UI string "showFewer"/,
      fix: /ui\.showFewer/,
    });
  });

  it('rejects an empty UI string', () => {
    const dir = contentWith({ 'pt.md': (text) => text.replace('signedBy: Assinado por', "signedBy: ' '") });
    assertProblem(onlyProblem(dir), { file: 'pt.md', line: lineOf(dir, 'pt.md', 'signedBy'), message: /"ui\.signedBy" is empty/ });
  });

  it('accepts an exact-count form such as "=0" in a plural string, and rejects a malformed one at its line', () => {
    const statement = compileContent(contentWith({}));
    const pt = statement.translations.find((t) => t.lang === 'pt');
    assert.equal(pt.ui.filterCount['=0'], '{count} de {total} correspondem.');
    const dir = contentWith({ 'es.md': (text) => text.replace('  filterCount:\n', '  filterCount:\n    "=cero": "Ninguna coincide."\n') });
    assertProblem(onlyProblem(dir), {
      file: 'es.md',
      line: lineOf(dir, 'es.md', '"=cero"'),
      message: /unknown field "=cero" in "ui\.filterCount"/,
      fix: /=0, =1, … \(an exact count\)/,
    });
  });

  it('compiles an official translation with its source, and marks ours unofficial', () => {
    const source = 'https://example.org/declaracion-conjunta';
    const statement = compileContent(contentWith({ 'es.md': (text) => text.replace('official: false', `official: true\nsource: ${source}`) }));
    const [en, es, pt] = statement.translations;
    assert.equal(es.official, true);
    assert.equal(es.source, source);
    assert.equal(pt.official, false);
    assert.equal('source' in pt, false);
    assert.equal('official' in en, false, 'the original is no translation');
    assert.deepEqual(es.ui.officialTranslation, { before: 'Traducción oficial — ', link: 'publicada por las organizaciones firmantes', after: '' });
    assert.deepEqual(pt.ui.unofficialTranslation, { before: 'Tradução não oficial — ', link: 'original em inglês', after: '' });
  });

  it('refuses an official translation without its source URL', () => {
    const dir = contentWith({ 'es.md': (text) => text.replace('official: false', 'official: true') });
    assertProblem(onlyProblem(dir), {
      file: 'es.md',
      line: lineOf(dir, 'es.md', 'official: true'),
      message: /an official translation needs its "source"/,
      fix: /source: the https:\/\/ address where the signatories published/,
    });
  });

  it('refuses a source that is not a web address', () => {
    const dir = contentWith({ 'pt.md': (text) => text.replace('official: false', 'official: true\nsource: conectas.org/declaracao') });
    assertProblem(onlyProblem(dir), {
      file: 'pt.md',
      line: lineOf(dir, 'pt.md', 'source: conectas'),
      message: /"source" has an invalid value/,
      fix: /https:\/\//,
    });
  });

  it('refuses a source on an unofficial translation, which links the original instead', () => {
    const dir = contentWith({ 'pt.md': (text) => text.replace('official: false', 'official: false\nsource: https://example.org/pt') });
    assertProblem(onlyProblem(dir), { file: 'pt.md', line: lineOf(dir, 'pt.md', 'source: https'), message: /"source" is only for official translations/ });
  });

  it('requires every translation to say whether it is official, as true or false', () => {
    const missing = contentWith({ 'pt.md': (text) => text.replace('official: false\n', '') });
    assertProblem(onlyProblem(missing), { file: 'pt.md', line: 2, message: /missing "official"/, fix: /official: false for our own translation/ });
    const word = contentWith({ 'es.md': (text) => text.replace('official: false', 'official: unofficial') });
    assertProblem(onlyProblem(word), {
      file: 'es.md',
      line: lineOf(word, 'es.md', 'official: unofficial'),
      message: /"official" must be a boolean/,
      fix: /true .* or false/,
    });
  });

  it('refuses "official" on the original, which is no translation', () => {
    const dir = contentWith({ 'en.md': (text) => text.replace('name: English\n', 'name: English\nofficial: true\n') });
    assertProblem(onlyProblem(dir), {
      file: 'en.md',
      line: lineOf(dir, 'en.md', 'official: true'),
      message: /"official" is for translations/,
      fix: /canonicalUrl/,
    });
  });

  it('refuses a translation note without its [link] words', () => {
    const dir = contentWith({ 'es.md': (text) => text.replace('[original en inglés]', 'original en inglés') });
    assertProblem(onlyProblem(dir), {
      file: 'es.md',
      line: lineOf(dir, 'es.md', 'unofficialTranslation'),
      message: /"ui\.unofficialTranslation" must mark the link's words with \[brackets\], once/,
      fix: /\[original in English\]/,
    });
  });

  it('rejects a signatory without a name', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => text.replace('- name: Conectas Direitos Humanos\n  country: BR', '- country: BR') });
    assertProblem(onlyProblem(dir), { file: 'signatories.yaml', line: lineOf(dir, 'signatories.yaml', '- country: BR'), message: /missing "name"/ });
  });

  it('rejects an unknown country code', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => text.replace('country: PE', 'country: XX') });
    assertProblem(onlyProblem(dir), {
      file: 'signatories.yaml',
      line: lineOf(dir, 'signatories.yaml', 'country: XX'),
      message: /unknown country code "XX" for Coordinadora Nacional/,
      fix: /ISO 3166-1/,
    });
  });

  it('rejects a country written as a name instead of a code', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => text.replace('country: BR', 'country: Brazil') });
    assertProblem(onlyProblem(dir), { file: 'signatories.yaml', line: lineOf(dir, 'signatories.yaml', 'Brazil'), message: /invalid value "Brazil"/ });
  });

  it('rejects a duplicate signatory, even with different accents or case', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => `${text}- name: ACCION SOLIDARIA\n  country: VE\n` });
    assertProblem(onlyProblem(dir), {
      file: 'signatories.yaml',
      line: lineOf(dir, 'signatories.yaml', 'ACCION SOLIDARIA'),
      message: new RegExp(`duplicate signatory "ACCION SOLIDARIA" \\(already listed at line ${lineOf(dir, 'signatories.yaml', 'name: Acción Solidaria')}\\)`),
    });
  });

  it("keeps each signatory name's language, as a BCP 47 tag", () => {
    const statement = compileContent(contentWith({ 'signatories.yaml': (text) => text.replace('  lang: pt', '  lang: pt-BR') }));
    assert.deepEqual(
      statement.signatories.map((s) => s.lang),
      ['es', 'es', 'es', 'es', 'pt-BR', 'es', 'en'],
    );
    const unset = compileContent(contentWith({ 'signatories.yaml': (text) => text.replace('  lang: en\n', '').replace(/\n {2}lang: en$/, '') }));
    assert.equal('lang' in unset.signatories[6], false, 'optional: no language is guessed');
  });

  it('rejects a signatory language that is not a BCP 47 tag, at its line', () => {
    for (const [written, message, fix] of [
      ['Spanish', 'is not a known language code', /e\.g\. es, pt, en/],
      ['pt_BR', 'is not a BCP 47 language tag', /a hyphen, not "_"/],
      ['p t', 'is not a BCP 47 language tag', /BCP 47 tag, e\.g\. es/],
    ]) {
      const dir = contentWith({ 'signatories.yaml': (text) => text.replace('  country: BR\n  lang: pt', `  country: BR\n  lang: ${written}`) });
      assertProblem(onlyProblem(dir), {
        file: 'signatories.yaml',
        line: lineOf(dir, 'signatories.yaml', `lang: ${written}`),
        message: new RegExp(`"${written}" ${message} for Conectas Direitos Humanos`),
        fix,
      });
    }
  });

  it('rejects a signatory language tag in a non-standard form, naming the standard one', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => text.replace('  lang: en', '  lang: EN-us') });
    assertProblem(onlyProblem(dir), {
      file: 'signatories.yaml',
      line: lineOf(dir, 'signatories.yaml', 'lang: EN-us'),
      message: /language tag "EN-us" is not in its standard form for Washington Office on Latin America/,
      fix: /write it as en-US/,
    });
  });

  it('rejects a signatory language that is not text', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => text.replace('  lang: en', '  lang: [en]') });
    assertProblem(onlyProblem(dir), {
      file: 'signatories.yaml',
      line: lineOf(dir, 'signatories.yaml', 'lang: [en]'),
      message: /must be a string/,
      fix: /BCP 47/,
    });
  });

  it('rejects a signatory website that is not http(s)', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => text.replace('  country: BR', '  country: BR\n  url: javascript:alert(1)') });
    assertProblem(onlyProblem(dir), {
      file: 'signatories.yaml',
      line: lineOf(dir, 'signatories.yaml', 'javascript:'),
      message: /invalid value/,
      fix: /https:\/\//,
    });
  });

  it('accepts an optional date, full or year-month, and rejects one that does not exist', () => {
    assert.equal(compileContent(contentWith({ 'statement.yaml': (t) => `${t}date: 2019-05-30\n` })).date, '2019-05-30');
    assert.equal(compileContent(contentWith({ 'statement.yaml': (t) => `${t}date: 2019-05\n` })).date, '2019-05');
    const dir = contentWith({ 'statement.yaml': (t) => `${t}date: 2019-02-30\n` });
    assertProblem(onlyProblem(dir), { file: 'statement.yaml', line: lineOf(dir, 'statement.yaml', 'date: 2019-02-30'), message: /not a real date/ });
  });

  it('accepts an optional date the signatory list was brought up to date, and rejects one that does not exist or comes before the statement', () => {
    const statement = compileContent(contentWith({ 'statement.yaml': (t) => `${t}date: 2019-05-30\nupdated: 2019-07-01\n` }));
    assert.equal(statement.updated, '2019-07-01');
    assert.equal(statement.translations.find(({ lang }) => lang === 'es').formatted.dates['2019-07-01'], '1 de julio de 2019');
    assert.equal(compileContent(contentWith({ 'statement.yaml': (t) => `${t}date: 2019-05\nupdated: 2019-05-30\n` })).updated, '2019-05-30');
    let dir = contentWith({ 'statement.yaml': (t) => `${t}updated: 2019-06-31\n` });
    assertProblem(onlyProblem(dir), { file: 'statement.yaml', line: lineOf(dir, 'statement.yaml', 'updated: 2019-06-31'), message: /not a real date/ });
    dir = contentWith({ 'statement.yaml': (t) => `${t}date: 2019-05-30\nupdated: 2019-04-01\n` });
    assertProblem(onlyProblem(dir), {
      file: 'statement.yaml',
      line: lineOf(dir, 'statement.yaml', 'updated: 2019-04-01'),
      message: /before the statement's date/,
      fix: /on or after date/,
    });
  });

  it('asks every language for "Signatories as of {date}", with the {date} in it', () => {
    let dir = contentWith({ 'pt.md': (text) => text.replace('Lista de signatários atualizada em {date}', 'Lista de signatários atualizada') });
    assertProblem(onlyProblem(dir), { file: 'pt.md', line: lineOf(dir, 'pt.md', 'signatoriesAsOf:'), message: /has no \{date\}/, fix: /\{date\}/ });
    dir = contentWith({ 'es.md': (text) => text.replace(/^ {2}signatoriesAsOf: .*\n/m, '') });
    assertProblem(onlyProblem(dir), { file: 'es.md', line: lineOf(dir, 'es.md', 'languages: Idioma'), message: /missing UI string "signatoriesAsOf"/ });
  });

  it('reports broken YAML at its line', () => {
    const dir = contentWith({ 'signatories.yaml': (text) => text.replace('  lang: es\n- name: CIVILIS', '  lang: es\n - name: CIVILIS') });
    const [problem] = problemsOf(dir);
    assert.match(problem.message, /not valid YAML/);
    assert.equal(problem.line, lineOf(dir, 'signatories.yaml', ' - name: CIVILIS'));
  });

  it('lists every problem at once, not only the first', () => {
    const dir = contentWith({
      'signatories.yaml': (text) => text.replace('country: PE', 'country: XX'),
      'es.md': dropThirdParagraph,
    });
    assert.equal(problemsOf(dir).length, 2);
  });
});
