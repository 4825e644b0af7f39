// Entry of the one-file bundle: registers the element and exports nothing, so the IIFE
// needs no global name (which would need `this`, undefined in a module script). The order of
// these imports is the order they run: the widget's Lit is evaluated while a page's hydrate
// hook is set aside (see page-hydrate-hook.ts).
import { restorePageHydrateHook } from './page-hydrate-hook.js';
import './joint-statement-define.js';

restorePageHydrateHook();
