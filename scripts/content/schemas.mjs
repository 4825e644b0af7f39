// JSON Schemas for the content's YAML. Ajv reports against these; check-schema.mjs turns
// its reports into editor-facing problems.
import { UI_STRING_NAMES } from '../../src/ui-string-names.js';

const nonEmpty = { type: 'string', minLength: 1, pattern: '\\S' };
const langCode = { type: 'string', pattern: '^[a-z]{2,3}$' };
const httpUrl = { type: 'string', pattern: '^https?://\\S+$' };

// Either one string, or one string per Intl.PluralRules category (`other` required), plus
// optional exact counts such as `=0`, as in ICU MessageFormat: Portuguese puts 0 in `one`
// but says "0 de 7 correspondem". A union type rather than oneOf, so a mistake yields one
// error instead of one per branch.
const pluralMessage = {
  type: ['string', 'object'],
  minLength: 1,
  pattern: '\\S',
  required: ['other'],
  additionalProperties: false,
  properties: Object.fromEntries(['zero', 'one', 'two', 'few', 'many', 'other'].map((k) => [k, nonEmpty])),
  patternProperties: { '^=(0|[1-9]\\d*)$': nonEmpty },
};

// The names have one home, shared with the element's type: src/ui-string-names.js.
const uiStringNames = [...UI_STRING_NAMES];

export const statementSchema = {
  type: 'object',
  required: ['original', 'languages', 'canonicalUrl'],
  additionalProperties: false,
  properties: {
    // Optional; when given, the same as the statement's folder name (statement-folders.mjs).
    id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    original: langCode,
    languages: { type: 'array', minItems: 1, uniqueItems: true, items: langCode },
    canonicalUrl: httpUrl,
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' },
    // When the signatory list was last brought up to date; readers see "Signatories as of …".
    updated: { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' },
  },
};

export const languageSchema = {
  type: 'object',
  required: ['name', 'title', 'ui'],
  additionalProperties: false,
  properties: {
    name: nonEmpty,
    title: nonEmpty,
    // Translations only (translation-status.mjs checks which file may and must have them).
    official: { type: 'boolean' },
    source: httpUrl,
    ui: {
      type: 'object',
      required: uiStringNames,
      additionalProperties: false,
      properties: {
        languages: nonEmpty,
        signedBy: nonEmpty,
        showAll: pluralMessage,
        showFewer: nonEmpty,
        summary: pluralMessage,
        countries: pluralMessage,
        filter: nonEmpty,
        filterCount: pluralMessage,
        filterTooMany: pluralMessage,
        unofficialTranslation: nonEmpty,
        officialTranslation: nonEmpty,
        source: nonEmpty,
        signatoriesAsOf: nonEmpty,
      },
    },
  },
};

export const signatoriesSchema = {
  type: 'array',
  minItems: 1,
  items: {
    type: 'object',
    required: ['name', 'country'],
    additionalProperties: false,
    properties: {
      name: nonEmpty,
      country: { type: 'string', pattern: '^[A-Z]{2}$' },
      url: httpUrl,
      // Checked as a BCP 47 tag in check-signatories.mjs.
      lang: nonEmpty,
    },
  },
};
