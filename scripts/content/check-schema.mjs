import Ajv from 'ajv';
import { ContentProblem } from './problems.mjs';

// verbose: errors carry the offending value, so messages can quote it.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true });

// What each field is, in words an editor uses, and what a valid value looks like.
const fieldHints = {
  id: "the statement folder's name: a lowercase slug of letters, digits and single hyphens, e.g. lima-group-2019",
  original: 'the original language\'s code, e.g. "en"',
  languages: 'a list of language codes, e.g. [en, es, pt]',
  canonicalUrl: 'the full https:// address where the statement was first published',
  date: 'a date as YYYY-MM-DD or YYYY-MM, e.g. 2019-05-30',
  name: 'a non-empty name',
  title: 'the statement\'s title in this language',
  country: 'a two-letter ISO 3166-1 code in capitals, e.g. VE, BR, PE',
  url: 'a full address starting with https:// or http://',
  lang: 'the language the name is written in, as a BCP 47 tag, e.g. es, pt, en',
  official: 'true (published or approved by the signatories, with its source) or false (our own translation)',
  source: 'the full https:// address where the signatories published this translation',
};
// The same for UI strings, some of which share a name with a field above (ui.source is link text).
const uiHints = {
  unofficialTranslation: 'a note with the link\'s words in brackets, e.g. "Unofficial translation — [original in English]"',
  officialTranslation: 'a note with the link\'s words in brackets, e.g. "Official translation — [as published by the signatories]"',
};

/**
 * Validates `data` against `schema`, reporting every mismatch at its line.
 *
 * @param {object} schema
 * @param {unknown} data
 * @param {string} file
 * @param {(path: (string|number)[]) => number} lineOf
 * @returns {ContentProblem[]}
 */
export function checkSchema(schema, data, file, lineOf) {
  const validate = ajv.compile(schema);
  if (validate(data)) return [];
  const seen = new Set();
  return (validate.errors ?? []).flatMap((error) => {
    const path = error.instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    const key = `${error.instancePath}|${error.keyword === 'required' ? error.params.missingProperty : ''}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const [message, fix] = describe(error, path);
    return [new ContentProblem(file, lineOf(path), message, fix)];
  });
}

/** The keys a schema allows, with exact-count keys written as an editor would ("=0"). */
function expectedKeys(/** @type {any} */ schema) {
  const exact = Object.keys(schema?.patternProperties ?? {}).length ? ['=0, =1, … (an exact count)'] : [];
  return [...Object.keys(schema?.properties ?? {}), ...exact];
}

/** @returns {[string, string]} */
function describe(/** @type {import('ajv').ErrorObject} */ error, /** @type {(string|number)[]} */ path) {
  const field = String(path.filter((part) => typeof part === 'string').at(-1) ?? '');
  const where = path.length ? `"${path.join('.')}"` : 'this file';
  const inUi = path[0] === 'ui';
  const hint = (inUi ? uiHints : fieldHints)[field];
  switch (error.keyword) {
    case 'required': {
      const missing = error.params.missingProperty;
      if (inUi) return [`missing UI string "${missing}"`, `add ui.${missing}: translate it from the original language's file`];
      return [`missing "${missing}"`, `add ${missing}: ${fieldHints[missing] ?? 'a value'}`];
    }
    case 'additionalProperties':
      return [
        `unknown field "${error.params.additionalProperty}" in ${where}`,
        `remove it or correct its spelling (expected: ${expectedKeys(error.parentSchema).join(', ')})`,
      ];
    case 'type':
      return [`${where} must be ${error.params.type === 'array' ? 'a list' : `a ${error.params.type}`}`, hint ?? 'check the value'];
    case 'minItems':
      return [`${where} is empty`, 'add at least one entry'];
    case 'uniqueItems':
      return [`${where} lists the same entry twice`, 'remove the duplicate'];
    default: {
      const value = JSON.stringify(error.data);
      const blank = typeof error.data === 'string' && !/\S/.test(error.data);
      return [blank ? `${where} is empty` : `${where} has an invalid value ${value}`, `write ${hint ?? 'a non-empty text'}`];
    }
  }
}
