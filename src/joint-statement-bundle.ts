// Entry of a statement's one-file bundle, dist/<id>/joint-statement.js: registers the statement
// it carries and defines the element unless the page has it (registry.ts), and exports nothing,
// so the IIFE needs no global name (which would need `this`, undefined in a module script).
// Imported first, so the page's hydrate hook is set aside before the widget's Lit is evaluated.
import { restorePageHydrateHook } from './before-lit.js';
import { defineElement } from './define-element.js';
import { registerStatement } from './registry.js';
import { afterNextFrame } from './after-first-paint.js';
import statement from 'joint-statement:bundled-statement';

restorePageHydrateHook();
// Defined at once (a partner's script finds the element upgraded), the statement registered
// after the page's next frame: until then the elements wait for it, showing their full text.
defineElement(statement.id);
afterNextFrame(() => registerStatement(statement));
