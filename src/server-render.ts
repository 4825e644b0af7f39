// Entry of the build-time module for Node (scripts/rollup/server-render.mjs), compiled by the
// bundles' own Rollup plugins: the element as the hydrating bundle defines it, for the
// pre-rendered snippets, and the full-text fallback's template.
export { defineElement } from './define-element.js';
export { registerStatement } from './registry.js';
export { renderFullText } from './full-text.js';
