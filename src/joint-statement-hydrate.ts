// Entry of the hydrating bundle, dist/joint-statement-hydrate.js, for pre-rendered snippets:
// the element adopts the statement the page already shows (declarative shadow DOM rendered at
// build time) instead of rendering it again. The order of these imports is the order they run.
import { restorePageHydrateHook } from './page-hydrate-hook.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './hydrate-declarative-roots.js';
import './joint-statement-define.js';

restorePageHydrateHook();
