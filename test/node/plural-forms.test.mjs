import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { contentWith, lineOf, problemsOf, root } from './content-helpers.mjs';

// Arabic has six plural forms: mistakes are made on a copy of the Arabic fixture statement.
const fixtureDir = join(root, 'test/fixtures/statements/fixture-civic-space');

const replaceLine = (pattern, replacement) => (text) => {
  assert.match(text, pattern);
  return text.replace(pattern, replacement);
};

describe('plural forms: each language needs the forms its counts take', () => {
  it('refuses an Arabic message without "few", at its line, naming the counts it is for', () => {
    const dir = contentWith({ 'ar.md': replaceLine(/\n {4}few: "\{count\} منظمات من \{countries\}"/, '') }, fixtureDir);
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    const [problem] = problems;
    assert.ok(problem.file.endsWith('ar.md'));
    assert.equal(problem.line, lineOf(dir, 'ar.md', 'zero: لا توجد منظمات موقّعة'), 'the first line of ui.summary');
    assert.match(problem.message, /ui\.summary has no "few" form, which Arabic uses for 3, 4, 5/);
    assert.match(problem.fix, /zero, one, two, few, many, other/);
  });

  it('refuses every missing form, not only the first', () => {
    const dir = contentWith({ 'ar.md': replaceLine(/ {2}countries:\n(?: {4}.*\n)+/, '  countries:\n    other: "{count} دولة"\n') }, fixtureDir);
    const messages = problemsOf(dir).map((problem) => problem.message);
    assert.deepEqual(
      messages,
      ['zero', 'one', 'two', 'few', 'many'].map((form) => messages.find((m) => m.includes(`"${form}"`))),
    );
    assert.equal(messages.length, 5);
  });

  it('accepts an exact form ("=0") in place of the category that holds only that count', () => {
    const dir = contentWith({ 'ar.md': replaceLine(/ {4}zero: لا توجد منظمة مطابقة/, '    "=0": لا توجد منظمة مطابقة') }, fixtureDir);
    const statement = compileContent(dir);
    assert.equal(statement.translations.find((t) => t.lang === 'ar').ui.filterCount['=0'], 'لا توجد منظمة مطابقة من أصل {total}.');
  });

  it('still asks for "few" when exact forms cover only some of its counts', () => {
    const dir = contentWith({ 'ar.md': replaceLine(/ {4}few: "\{count\} منظمات مطابقة/, '    "=3": "{count} منظمات مطابقة') }, fixtureDir);
    assert.match(problemsOf(dir)[0].message, /ui\.filterCount has no "few" form/);
  });

  it('refuses a form the language does not have, at its line', () => {
    const dir = contentWith(
      { 'fr.md': replaceLine(/( {4}one: Afficher l’organisation signataire)/, '    two: Afficher les deux organisations signataires\n$1') },
      fixtureDir,
    );
    const problems = problemsOf(dir);
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.equal(problems[0].line, lineOf(dir, 'fr.md', 'two: Afficher'));
    assert.match(problems[0].message, /ui\.showAll has a "two" form, but French has none/);
  });
});
