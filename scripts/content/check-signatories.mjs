import { foldForSearch } from '../../src/fold-for-search.js';
import { ContentProblem } from './problems.mjs';

// Node's ICU knows every assigned ISO 3166-1 region; `fallback: 'none'` makes unknown codes undefined.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
// The same for languages: "spanish" is a well-formed tag, but no language ICU knows.
const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
const tagFix = 'write the language the name is in as a BCP 47 tag, e.g. es, pt, en, or with a region pt-BR';

/** Names that differ only in case, accents or spacing are the same organisation (the widget's filter folds alike). */
const sameNameKey = (/** @type {string} */ name) => foldForSearch(name).trim();

/**
 * A language tag's problem, or undefined when it is a canonical BCP 47 tag of a known
 * language. The browser matches `lang` case-insensitively, but a canonical tag is the one
 * form editors compare.
 *
 * @param {string} tag
 * @returns {[string, string] | undefined} message and fix
 */
function languageTagProblem(tag) {
  let canonical;
  try {
    [canonical] = Intl.getCanonicalLocales(tag);
  } catch {
    return [`"${tag}" is not a BCP 47 language tag`, `${tag.includes('_') ? 'use a hyphen, not "_": ' : ''}${tagFix}`];
  }
  if (!languageNames.of(new Intl.Locale(canonical).language)) return [`"${tag}" is not a known language code`, tagFix];
  return canonical === tag ? undefined : [`language tag "${tag}" is not in its standard form`, `write it as ${canonical}`];
}

/**
 * Rules the schema cannot express: the country must exist, the name's language must be a
 * real language tag, and nobody signs twice.
 *
 * @param {{ name: string, country: string, lang?: string }[]} signatories already schema-valid
 * @param {string} file
 * @param {(path: (string|number)[]) => number} lineOf
 */
export function checkSignatories(signatories, file, lineOf) {
  /** @type {ContentProblem[]} */
  const problems = [];
  /** @type {Map<string, number>} */
  const firstLineByName = new Map();
  signatories.forEach((signatory, index) => {
    const countryName = regionNames.of(signatory.country);
    if (!countryName || signatory.country === 'ZZ') {
      problems.push(
        new ContentProblem(
          file,
          lineOf([index, 'country']),
          `unknown country code "${signatory.country}" for ${signatory.name}`,
          'use the ISO 3166-1 alpha-2 code of the country, e.g. VE for Venezuela, BR for Brazil',
        ),
      );
    }
    const langProblem = signatory.lang === undefined ? undefined : languageTagProblem(signatory.lang);
    if (langProblem) {
      const [message, fix] = langProblem;
      problems.push(new ContentProblem(file, lineOf([index, 'lang']), `${message} for ${signatory.name}`, fix));
    }
    const key = sameNameKey(signatory.name);
    const firstLine = firstLineByName.get(key);
    if (firstLine === undefined) {
      firstLineByName.set(key, lineOf([index, 'name']));
    } else {
      problems.push(
        new ContentProblem(
          file,
          lineOf([index, 'name']),
          `duplicate signatory "${signatory.name}" (already listed at line ${firstLine})`,
          'remove one of the two entries',
        ),
      );
    }
  });
  return problems;
}
