// Build-side JSDoc mirror of src/content-model.ts, so the compiler's output is typed the same.
/** @typedef {import('../../src/content-model.js').Inline} Inline */
/** @typedef {import('../../src/content-model.js').Statement} Statement */
/** @typedef {import('../../src/content-model.js').Preformatted} Preformatted */
/** @typedef {import('../../src/content-model.js').LinkedText} LinkedText */
export {};
