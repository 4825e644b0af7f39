import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { newStatement } from '../../scripts/cli/new-statement.mjs';
import { PLACEHOLDER } from '../../scripts/content/placeholders.mjs';
import { compileStatements } from '../../scripts/content/statement-folders.mjs';
import { ContentError } from '../../scripts/content/problems.mjs';

const statementsFolder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'joint-statement-new-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

/** What an editor writes in place of each placeholder: the English words it quotes, else plain words. */
function fillIn(text) {
  return text
    .split('\n')
    .map((line) =>
      line.replace(PLACEHOLDER, (_, what) => {
        if (/^canonicalUrl:/.test(line.trim())) return 'https://example.org/statements/new';
        if (/^country:/.test(line.trim())) return 'VE';
        const quoted = /^\\?"(.*?)\\?" (in|naming) /.exec(what);
        return quoted ? quoted[1] : 'Words the signatories wrote';
      }),
    )
    .join('\n');
}

describe('npm run new-statement', () => {
  it('creates a folder with every file the build needs, and the build refuses each placeholder by file and line', () => {
    const dir = statementsFolder();
    const files = newStatement({ id: 'elections-2027', languages: ['en', 'es', 'ar'], original: 'en', roots: [dir] });
    assert.deepEqual(readdirSync(join(dir, 'elections-2027')).sort(), ['ar.md', 'en.md', 'es.md', 'signatories.yaml', 'statement.yaml']);
    assert.equal(files.length, 5);

    const error = (() => {
      try {
        compileStatements([dir]);
      } catch (caught) {
        return caught;
      }
    })();
    assert.ok(error instanceof ContentError, 'the build refuses the new folder as it is');
    const left = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, index) => [...line.matchAll(PLACEHOLDER)].map(() => `${relative(process.cwd(), file)}:${index + 1}`)),
    );
    assert.ok(left.length >= 10);
    assert.deepEqual(error.problems.map(({ file, line }) => `${file}:${line}`).sort(), left.sort());
    for (const problem of error.problems) assert.match(problem.message, /^replace this placeholder: \S/);
    // Arabic gets a form for each of its six plural categories to fill in.
    assert.equal(
      (readFileSync(join(dir, 'elections-2027/ar.md'), 'utf8').match(/"Show all \{count\} signatories" in Arabic, the form for the plural category/g) ?? [])
        .length,
      5,
    );
  });

  it('builds once every placeholder is replaced', () => {
    const dir = statementsFolder();
    for (const file of newStatement({ id: 'elections-2027', languages: ['es', 'en'], original: 'es', roots: [dir] })) {
      writeFileSync(file, fillIn(readFileSync(file, 'utf8')));
    }
    const [statement] = compileStatements([dir]);
    assert.equal(statement.id, 'elections-2027');
    assert.equal(statement.original, 'es');
    assert.deepEqual(
      statement.translations.map(({ lang }) => lang),
      ['es', 'en'],
    );
    assert.equal(statement.translations[0].ui.signedBy, 'Firmado por', 'the Spanish interface strings of an existing statement');
  });

  it('asks again for the line that names the original language when the new statement’s original is another', () => {
    const dir = statementsFolder();
    newStatement({ id: 'elections-2027', languages: ['es', 'en'], original: 'es', roots: [dir] });
    const english = readFileSync(join(dir, 'elections-2027/en.md'), 'utf8');
    assert.match(english, /unofficialTranslation: .*<<REPLACE: .*original language, Spanish/);
    assert.doesNotMatch(english, /^ {2}unofficialTranslation: Unofficial translation — \[original in English\]$/m);
  });

  it('refuses an id that is not a slug, a language that is not a code, and a folder that exists', () => {
    const dir = statementsFolder();
    assert.throws(() => newStatement({ id: 'Elections 2027', languages: ['en'], original: 'en', roots: [dir] }), /not a statement id.*lowercase slug/);
    assert.throws(() => newStatement({ id: 'x', languages: ['English'], original: 'English', roots: [dir] }), /not a language code/);
    assert.throws(() => newStatement({ id: 'x', languages: ['en'], original: 'es', roots: [dir] }), /original language "es" is not among/);
    newStatement({ id: 'x', languages: ['en'], original: 'en', roots: [dir] });
    assert.throws(() => newStatement({ id: 'x', languages: ['en'], original: 'en', roots: [dir] }), /exists already/);
  });
});
