// Entry of a statement's hydrating bundle, dist/<id>/joint-statement-hydrate.js, for pre-rendered
// snippets: the element adopts the statement the page already shows (declarative shadow DOM
// rendered at build time) instead of rendering it again. Imports are evaluated in this order:
// the page's hydrate hook set aside, then Lit's hydrate support sets the widget's own, then
// the widget's Lit reads it.
import { restorePageHydrateHook } from './before-lit.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { defineElement } from './define-element.js';
import { registerStatement } from './registry.js';
import { afterNextFrame } from './after-first-paint.js';
import statement from 'joint-statement:bundled-statement';

// The widget's Lit has read the hook now: a Lit loaded later must not see it.
restorePageHydrateHook();

// The page already shows the rendered statement, so hydrating waits until it is painted
// (after-first-paint.ts).
afterNextFrame(() => {
  registerStatement(statement);
  defineElement(statement.id);
});
