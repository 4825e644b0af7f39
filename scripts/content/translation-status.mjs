import { ContentProblem } from './problems.mjs';

// Whether a translation is the signatories' own (official: they published or approved it, at
// `source`) or ours (unofficial). Readers are told which under the title, so the build never
// lets a text be labelled official without the address where the signatories published it.

/** UI strings that are a sentence with one link, its words marked with [brackets]. */
export const linkedUiStrings = {
  unofficialTranslation: '"Unofficial translation — [original in English]" (the bracketed words link to the original publication)',
  officialTranslation: '"Official translation — [as published by the signatories]" (the bracketed words link to its source)',
};

/**
 * "Traducción no oficial — [original en inglés]" → { before, link, after }, or undefined when
 * the brackets are missing, empty, doubled or unbalanced.
 *
 * @param {string} text
 * @returns {import('./model.mjs').LinkedText | undefined}
 */
export function toLinkedText(text) {
  const parts = /^([^[\]]*)\[([^[\]]*\S[^[\]]*)\]([^[\]]*)$/.exec(text);
  return parts ? { before: parts[1], link: parts[2], after: parts[3] } : undefined;
}

/**
 * @param {{ lang: string, official?: boolean, source?: string, ui: Record<string, unknown> }} translation schema-valid front matter
 * @param {string} original the statement's original language
 * @param {string} file
 * @param {(path: (string|number)[]) => number} lineOf
 * @returns {ContentProblem[]}
 */
export function checkTranslationStatus(translation, original, file, lineOf) {
  const problems = [];
  const report = (/** @type {(string|number)[]} */ path, /** @type {string} */ message, /** @type {string} */ fix) =>
    problems.push(new ContentProblem(file, lineOf(path), message, fix));

  for (const [name, example] of Object.entries(linkedUiStrings)) {
    if (!toLinkedText(String(translation.ui[name]))) {
      report(['ui', name], `"ui.${name}" must mark the link's words with [brackets], once`, `write it like ${example}`);
    }
  }
  if (translation.lang === original) {
    for (const field of ['official', 'source']) {
      if (field in translation) {
        report([field], `"${field}" is for translations, and this is the original text`, 'remove it: the original\'s address is canonicalUrl in statement.yaml');
      }
    }
    return problems;
  }
  if (translation.official === undefined) {
    report(
      [],
      'missing "official": readers are told whether a translation is the signatories\' own',
      'add official: false for our own translation, or official: true with source: the address where the signatories published it',
    );
  } else if (translation.official && !translation.source) {
    report(
      ['official'],
      'an official translation needs its "source"',
      'add source: the https:// address where the signatories published or approved this text (or set official: false)',
    );
  } else if (!translation.official && translation.source) {
    report(['source'], '"source" is only for official translations', 'remove it, or set official: true if the signatories published this text there');
  }
  return problems;
}
