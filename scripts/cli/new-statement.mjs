#!/usr/bin/env node
// `npm run new-statement -- <id> [--languages en,es] [--original en]`: a new statement's folder,
// content/<id>/ (or STATEMENTS_DIR's first folder), with every file the build needs. What only
// the coordinating organisation knows (title, words, signatories, address) is a placeholder the
// build refuses with file and line until it is replaced. The interface strings of a language
// another statement already has are copied from it (they are the same words in every statement).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { splitFrontMatter } from '../content/front-matter.mjs';
import { placeholder } from '../content/placeholders.mjs';
import { ID_PATTERN, statementRoots } from '../content/statement-folders.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const LANG = /^[a-z]{2,3}$/;

/** A language's name in itself, as the switcher shows it ("Español"). */
function nameOf(lang) {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** The interface strings every statement folder already has, by language, with that statement's original language. */
function knownUiStrings(roots) {
  const found = {};
  for (const dir of roots.filter(existsSync)) {
    for (const folder of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
      const meta = join(dir, folder.name, 'statement.yaml');
      const original = existsSync(meta) ? YAML.parse(readFileSync(meta, 'utf8'))?.original : undefined;
      for (const file of readdirSync(join(dir, folder.name)).filter((name) => name.endsWith('.md'))) {
        const lang = file.slice(0, -3);
        if (found[lang]) continue;
        const parts = splitFrontMatter(readFileSync(join(dir, folder.name, file), 'utf8').replace(/\r\n?/g, '\n'));
        const ui = parts && YAML.parse(parts.frontMatter)?.ui;
        if (ui && !JSON.stringify(ui).includes('<<REPLACE')) found[lang] = { ui, original };
      }
    }
  }
  return found;
}

/**
 * A language's interface strings for the new statement: copied from a statement that has them,
 * except the line that names the original language when the new statement's original is another
 * ("[original in English]" under a translation of a Spanish statement).
 */
function uiFor(lang, original, known) {
  if (!known[lang]) return uiToTranslate(known.en.ui, lang);
  const { ui, original: copiedFrom } = known[lang];
  // The original's own file never shows that line (readers of the original see no translation note).
  if (copiedFrom === original || lang === original) return ui;
  return {
    ...ui,
    unofficialTranslation: placeholder(
      `"${ui.unofficialTranslation}" naming this statement's original language, ${englishName(original)}, in ${englishName(lang)}`,
    ),
  };
}

/** A language's name in English, for the instructions in placeholders. */
const englishName = (lang) => new Intl.DisplayNames(['en'], { type: 'language' }).of(lang) ?? lang;

/** English's interface strings as placeholders for a language no statement has yet. */
function uiToTranslate(english, lang) {
  const ask = (text, category) => placeholder(`"${text}" in ${englishName(lang)}${category ? `, the form for the plural category "${category}"` : ''}`);
  // Plural messages get one form per plural category the language has (Arabic has six).
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return Object.fromEntries(
    Object.entries(english).map(([key, value]) => [
      key,
      typeof value === 'string' ? ask(value) : Object.fromEntries(categories.map((category) => [category, ask(value[category] ?? value.other, category)])),
    ]),
  );
}

function statementYaml(id, original, languages) {
  return `# The statement as a whole. Each language's text is in <lang>.md beside this file.
# id: the statement's name in URLs, snippets and the page-wide registry; the same as this folder's
# name. Never change it once partners embed the statement.
id: ${id}
# original: the language the signatories wrote; every other language is a translation of it.
original: ${original}
# The order of the language switcher.
languages: [${languages.join(', ')}]
# Where the statement was first published: the link readers without scripts get, and the
# "Original publication" link under the text.
canonicalUrl: "${placeholder('the https:// address where the statement was first published')}"
# date: optional, YYYY-MM-DD or YYYY-MM: the day the statement was published. Never guess one.
# updated: optional, same format: the day the signatory list was last brought up to date.
`;
}

function signatoriesYaml() {
  return `# The signatories, in the published order: one entry per organisation.
# name: the organisation's own name, never translated.
# country: ISO 3166-1 alpha-2 code (VE, BR, US…); the widget names the country in the reader's language.
# url: optional website (http or https).
# lang: optional, the language the name is in (es, pt, en), so screen readers voice it in that
#   language. Written from the name itself, never guessed from the country.
- name: "${placeholder("the first signatory's own name")}"
  country: "${placeholder('its country, a two-letter code such as VE')}"
`;
}

function languageMarkdown(lang, original, ui) {
  const isOriginal = lang === original;
  const front = {
    name: nameOf(lang),
    title: placeholder(isOriginal ? `the statement's title in ${englishName(lang)}, as the signatories wrote it` : `the title in ${englishName(lang)}`),
    ...(isOriginal ? {} : { official: false }),
    ui,
  };
  const status = isOriginal
    ? ''
    : `# official: false for our own translation; true, with source: <https address>, when the
# signatories published or approved this text.
`;
  const paragraphs = isOriginal
    ? `${placeholder(`the first paragraph in ${englishName(lang)}, word for word as signed`)}

${placeholder('the next paragraph (one blank line between paragraphs; remove this one if there is none)')}`
    : `${placeholder(`the first paragraph in ${englishName(lang)}: one paragraph here for each of the original's`)}

${placeholder(`the next paragraph in ${englishName(lang)}`)}`;
  return `---
${status}${YAML.stringify(front, { lineWidth: 0 }).trimEnd()}
---

${paragraphs}
`;
}

/**
 * Writes the folder and returns the files written.
 * @param {{ id: string, languages: string[], original: string, roots?: string[] }} options
 */
export function newStatement({ id, languages, original, roots = statementRoots(root) }) {
  if (!ID_PATTERN.test(id))
    throw new Error(`"${id}" is not a statement id: use a lowercase slug of letters, digits and single hyphens, e.g. venezuela-elections-2027`);
  const bad = languages.find((lang) => !LANG.test(lang));
  if (bad) throw new Error(`"${bad}" is not a language code: use two or three lowercase letters (ISO 639), e.g. en, es, ar`);
  if (!languages.includes(original)) throw new Error(`the original language "${original}" is not among --languages ${languages.join(',')}`);
  const existing = roots.map((dir) => join(dir, id)).find(existsSync);
  if (existing) throw new Error(`${relative(process.cwd(), existing)} exists already: choose another id, or edit that statement`);

  const dir = join(roots[0], id);
  // An organisation's own statements folder may be empty yet: this repository's statements too.
  const known = knownUiStrings([...roots, join(root, 'content')]);
  if (!known.en) throw new Error('no statement folder has English interface strings to start a new language from');
  const files = {
    'statement.yaml': statementYaml(id, original, languages),
    'signatories.yaml': signatoriesYaml(),
    ...Object.fromEntries(languages.map((lang) => [`${lang}.md`, languageMarkdown(lang, original, uiFor(lang, original, known))])),
  };
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return Object.keys(files).map((name) => join(dir, name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { languages: { type: 'string', default: 'en' }, original: { type: 'string' } },
  });
  const [id] = positionals;
  if (!id || positionals.length > 1) {
    console.error('usage: npm run new-statement -- <id> [--languages en,es,pt] [--original en]');
    process.exit(2);
  }
  const languages = values.languages
    .split(',')
    .map((lang) => lang.trim())
    .filter(Boolean);
  try {
    const files = newStatement({ id, languages, original: values.original ?? languages[0] });
    console.log(`Created ${files.map((file) => relative(process.cwd(), file)).join(', ')}.`);
    console.log('Replace every <<REPLACE: …>> with the real text; `npm run build` names the file and line of any left.');
    console.log('Then follow docs/new-statement.md.');
  } catch (error) {
    console.error(`new-statement: ${error.message}`);
    process.exit(1);
  }
}
