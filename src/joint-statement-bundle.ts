// Entry of a statement's one-file bundle, dist/<id>/joint-statement.js: registers the statement
// it carries and defines the element unless the page has it (registry.ts), and exports nothing,
// so the IIFE needs no global name (which would need `this`, undefined in a module script).
// The order of these imports is the order they run: the widget's Lit is evaluated while a
// page's hydrate hook is set aside (see page-hydrate-hook.ts).
import { restorePageHydrateHook } from './page-hydrate-hook.js';
import { defineElement } from './define-element.js';
import { registerStatement } from './registry.js';
import statement from 'joint-statement:bundled-statement';

restorePageHydrateHook();
registerStatement(statement);
defineElement(statement.id);
