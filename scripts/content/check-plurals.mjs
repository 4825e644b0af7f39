import { ContentProblem } from './problems.mjs';

// Whole-number plural rules repeat every thousand below a million, so these counts reach
// every form a signatory list can show. French, Spanish and Portuguese also have a form for
// exact millions ("1 million de signataires"), which no list reaches: `other` reads well there.
const SAMPLE_COUNTS = Array.from({ length: 2000 }, (_, count) => count);
const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** @type {Intl.LDMLPluralRule[]} CLDR's order, the order editors read them in. */
const categoryOrder = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * The counts each plural category of `lang` covers, e.g. for Arabic zero: [0], two: [2],
 * few: [3, 4, …], from the build machine's Intl.PluralRules (the browser's agree: both are CLDR).
 *
 * @param {string} lang
 * @returns {Map<Intl.LDMLPluralRule, number[]>}
 */
function countsByCategory(lang) {
  const rules = new Intl.PluralRules(lang);
  /** @type {Map<Intl.LDMLPluralRule, number[]>} */
  const counts = new Map();
  for (const count of SAMPLE_COUNTS) {
    const category = rules.select(count);
    counts.set(category, [...(counts.get(category) ?? []), count]);
  }
  return counts;
}

/** "3, 4, 5 …" */
const examples = (/** @type {number[]} */ counts) => `${counts.slice(0, 3).join(', ')}${counts.length > 3 ? ' …' : ''}`;

/**
 * Each plural message of a translation must have a form for every category its language uses
 * for whole numbers (Arabic: zero, one, two, few, many, other), unless exact forms ("=0") cover
 * all of that category's counts; and no form for a category the language does not have, which
 * would never show (a "two" copied into French). A plain string is one text for every count.
 *
 * @param {{ lang: string, ui: Record<string, unknown> }} translation schema-valid front matter
 * @param {string} file
 * @param {(path: (string|number)[]) => number} lineOf
 * @returns {ContentProblem[]}
 */
export function checkPluralForms(translation, file, lineOf) {
  const { lang, ui } = translation;
  const counts = countsByCategory(lang);
  const known = categoryOrder.filter((category) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories.includes(category));
  const used = categoryOrder.filter((category) => counts.has(category));
  const language = languageNames.of(lang) ?? lang;
  const problems = [];
  for (const [name, message] of Object.entries(ui)) {
    if (typeof message !== 'object' || message === null) continue;
    const forms = Object.keys(message);
    for (const category of used) {
      const covered = counts.get(category) ?? [];
      if (forms.includes(category) || covered.every((count) => forms.includes(`=${count}`))) continue;
      problems.push(
        new ContentProblem(
          file,
          lineOf(['ui', name]),
          `ui.${name} has no "${category}" form, which ${language} uses for ${examples(covered)}`,
          `add ${category}: the text for ${examples(covered)} (${language} plural forms: ${used.join(', ')})`,
        ),
      );
    }
    for (const form of forms) {
      if (form.startsWith('=') || known.includes(/** @type {Intl.LDMLPluralRule} */ (form))) continue;
      problems.push(
        new ContentProblem(
          file,
          lineOf(['ui', name, form]),
          `ui.${name} has a "${form}" form, but ${language} has none: it would never show`,
          `remove it (${language} plural forms: ${known.join(', ')}; an exact form such as "=0" gives one count its own text)`,
        ),
      );
    }
  }
  return problems;
}
