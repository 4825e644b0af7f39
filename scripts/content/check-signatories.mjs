import { ContentProblem } from './problems.mjs';

// Node's ICU knows every assigned ISO 3166-1 region; `fallback: 'none'` makes unknown codes undefined.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Names that differ only in case, accents or spacing are the same organisation. */
const sameNameKey = (/** @type {string} */ name) =>
  name.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Rules the schema cannot express: the country must exist, and nobody signs twice.
 *
 * @param {{ name: string, country: string }[]} signatories already schema-valid
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
