import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { checkPluralForms } from './check-plurals.mjs';
import { checkSchema } from './check-schema.mjs';
import { checkSignatories } from './check-signatories.mjs';
import { preformat } from './preformat.mjs';
import { splitFrontMatter } from './front-matter.mjs';
import { readParagraphs } from './markdown-body.mjs';
import { checkTranslationStatus, linkedUiStrings, toLinkedText } from './translation-status.mjs';
import { findPlaceholders } from './placeholders.mjs';
import { ContentError, ContentProblem } from './problems.mjs';
import { languageSchema, signatoriesSchema, statementSchema } from './schemas.mjs';
import { readYaml } from './yaml-source.mjs';
import { writingDirection } from '../../src/writing-direction.js';

/**
 * Reads and validates a content folder, returning the statement model.
 * Throws a ContentError listing every problem found; returns only when there are none.
 *
 * @param {string} dir
 * @param {{ id?: string }} [options] id: the statement's id, its folder's name (statement-folders.mjs
 *   checks it is a slug); an `id:` in statement.yaml must then say the same. Without it, the
 *   `id:` field, else the folder's name.
 * @returns {import('./model.mjs').Statement}
 */
export function compileContent(dir, { id } = {}) {
  /** @type {ContentProblem[]} */
  const problems = [];
  const display = (/** @type {string} */ name) => relative(process.cwd(), join(dir, name)) || name;
  // A new statement's gaps first (placeholders.mjs): nothing else is worth checking around them.
  const placeholders = existsSync(dir) ? findPlaceholders(dir, display) : [];
  if (placeholders.length) throw new ContentError(placeholders);

  const meta = readYamlFile(dir, 'statement.yaml', statementSchema, problems, display);
  const signatoriesFile = readYamlFile(dir, 'signatories.yaml', signatoriesSchema, problems, display);
  if (signatoriesFile.valid) {
    problems.push(...checkSignatories(signatoriesFile.data, display('signatories.yaml'), signatoriesFile.lineOf));
  }
  for (const key of ['date', 'updated']) {
    if (meta.valid && meta.data[key] && !isCalendarDate(meta.data[key])) {
      problems.push(
        new ContentProblem(display('statement.yaml'), meta.lineOf([key]), `"${meta.data[key]}" is not a real date`, 'write an existing date as YYYY-MM-DD or YYYY-MM'),
      );
    }
  }
  // Compared on the precision both have: "2019-06" is not before "2019-06-03".
  const { date: published, updated } = meta.valid ? meta.data : {};
  if (published && updated && updated.slice(0, published.length) < published.slice(0, updated.length)) {
    problems.push(
      new ContentProblem(display('statement.yaml'), meta.lineOf(['updated']), `updated (${updated}) is before the statement's date (${published})`, 'write the date the signatory list was last brought up to date, on or after date'),
    );
  }
  if (meta.valid && id && meta.data.id !== undefined && meta.data.id !== id) {
    problems.push(
      new ContentProblem(display('statement.yaml'), meta.lineOf(['id']), `id "${meta.data.id}" is not this folder's name "${id}"`, `write id: ${id}, or rename the folder to ${meta.data.id} (a copied statement folder keeps the id of the one it was copied from)`),
    );
  }
  if (!meta.valid) throw new ContentError(problems);

  const { original, languages } = meta.data;
  if (!languages.includes(original)) {
    problems.push(
      new ContentProblem(display('statement.yaml'), meta.lineOf(['languages']), `the original language "${original}" is not in languages`, `add ${original} to languages`),
    );
  }
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.md'))) {
    if (!languages.includes(file.slice(0, -3))) {
      problems.push(
        new ContentProblem(display(file), 1, `${file} is not listed in statement.yaml's languages`, `add ${file.slice(0, -3)} to languages, or remove the file`),
      );
    }
  }

  const translations = languages.map((lang) => readTranslation(dir, lang, problems, display));
  for (const translation of translations) {
    if (translation) problems.push(...checkTranslationStatus(translation, original, translation.file, translation.lineOf));
    if (translation) problems.push(...checkPluralForms(translation, translation.file, translation.lineOf));
    if (translation && !translation.ui.signatoriesAsOf.includes('{date}')) {
      problems.push(
        new ContentProblem(translation.file, translation.lineOf(['ui', 'signatoriesAsOf']), 'ui.signatoriesAsOf has no {date}', 'write {date} where the date of the signatory list goes, e.g. "Signatories as of {date}"'),
      );
    }
  }
  const originalText = translations.find((translation) => translation?.lang === original);
  if (originalText) {
    for (const translation of translations) {
      if (translation && translation !== originalText) checkAlignment(translation, originalText, problems);
    }
  }
  if (problems.length) throw new ContentError(problems);

  const date = meta.data.date;
  const signatories = signatoriesFile.data;
  return {
    id: id ?? meta.data.id ?? basename(dir),
    original,
    canonicalUrl: meta.data.canonicalUrl,
    ...(date ? { date } : {}),
    ...(updated ? { updated } : {}),
    translations: translations.map(({ lang, name, title, official, source, paragraphs, ui }) => ({
      lang,
      dir: writingDirection(lang),
      name,
      title,
      ...(lang === original ? {} : { official, ...(official ? { source } : {}) }),
      paragraphs,
      ui: { ...ui, ...Object.fromEntries(Object.keys(linkedUiStrings).map((key) => [key, toLinkedText(ui[key])])) },
      formatted: preformat(lang, { dates: [date, updated], signatories }),
    })),
    signatories,
  };
}

function readYamlFile(dir, name, schema, problems, display) {
  const path = join(dir, name);
  if (!existsSync(path)) {
    problems.push(new ContentProblem(display(name), 1, `${name} is missing`, `create ${name} (see docs/content.md)`));
    return { valid: false };
  }
  const { data, lineOf, problems: yamlProblems } = readYaml(readFileSync(path, 'utf8'), display(name));
  const schemaProblems = yamlProblems.length ? [] : checkSchema(schema, data, display(name), lineOf);
  problems.push(...yamlProblems, ...schemaProblems);
  return { valid: !yamlProblems.length && !schemaProblems.length, data, lineOf };
}

function readTranslation(dir, lang, problems, display) {
  const name = `${lang}.md`;
  const path = join(dir, name);
  if (!existsSync(path)) {
    problems.push(new ContentProblem(display('statement.yaml'), 1, `languages lists "${lang}" but ${name} is missing`, `create ${name} or remove ${lang} from languages`));
    return undefined;
  }
  const parts = splitFrontMatter(readFileSync(path, 'utf8').replace(/\r\n?/g, '\n'));
  if (!parts) {
    problems.push(new ContentProblem(display(name), 1, 'the front matter is missing', 'start the file with a "---" line, the name, title and ui strings, then another "---" line'));
    return undefined;
  }
  const front = readYaml(parts.frontMatter, display(name), parts.frontMatterLine);
  const frontProblems = front.problems.length ? front.problems : checkSchema(languageSchema, front.data ?? {}, display(name), front.lineOf);
  const body = readParagraphs(parts.body, display(name), parts.bodyLine);
  problems.push(...frontProblems, ...body.problems);
  if (frontProblems.length) return undefined;
  return { lang, ...front.data, lineOf: front.lineOf, paragraphs: body.paragraphs, paragraphLines: body.lines, file: display(name), endLine: parts.bodyLine + parts.body.trimEnd().split('\n').length - 1 };
}

/** Paragraph i of every translation must say what paragraph i of the original says, so a reader who switches stays in place. */
function checkAlignment(translation, original, problems) {
  const have = translation.paragraphs.length;
  const want = original.paragraphs.length;
  if (have === want) return;
  const line = have > want ? translation.paragraphLines[want] : translation.endLine;
  problems.push(
    new ContentProblem(
      translation.file,
      line,
      `${have} paragraph${have === 1 ? '' : 's'}, but the original (${original.file}) has ${want}`,
      have > want
        ? `paragraphs must stay aligned with the original: merge or remove paragraphs from here on so there are ${want}`
        : `paragraphs must stay aligned with the original: translate the missing paragraph${want - have === 1 ? '' : 's'} or split merged ones so there are ${want}`,
    ),
  );
}

function isCalendarDate(/** @type {string} */ value) {
  const [year, month, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
