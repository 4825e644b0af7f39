// What a bundle runs before its Lit is evaluated: each entry imports this module first, and
// ES modules are evaluated in the order they are first imported (Rollup keeps that order in the
// one-file bundle), so the call below runs before any module of Lit, which reads the global
// hydrate hook while it is evaluated (page-hydrate-hook.ts).
import { setAsidePageHydrateHook } from './page-hydrate-hook.js';

/** Puts the page's hydrate hook back: the entry calls it once the widget's Lit is evaluated. */
export const restorePageHydrateHook = setAsidePageHydrateHook();
