// The interface strings each language gives (`ui:` in content/<id>/<lang>.yaml), named in one
// place: the content's JSON Schema requires exactly these (scripts/content/schemas.mjs), and the
// type check fails when UiStrings (content-model.ts) lists other ones. Plain JavaScript with
// JSDoc types, so the content compiler imports this very file.

export const UI_STRING_NAMES = /** @type {const} */ ([
  'languages',
  'signedBy',
  'showAll',
  'showFewer',
  'summary',
  'countries',
  'filter',
  'filterCount',
  'filterTooMany',
  'unofficialTranslation',
  'officialTranslation',
  'source',
  'signatoriesAsOf',
]);

/**
 * Those a bundle may leave out of its statement when the statement can never show them
 * (scripts/rollup/statement-module.mjs, whose test holds it to this list): the element reads
 * each only behind the condition that is false then.
 */
export const TRIMMABLE_UI_STRINGS = /** @type {const} */ ([
  'filter',
  'filterCount',
  'filterTooMany',
  'unofficialTranslation',
  'officialTranslation',
  'signatoriesAsOf',
]);
