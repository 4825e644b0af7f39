// Entry of the hydrating bundle, dist/joint-statement-hydrate.js, for pre-rendered snippets:
// the element adopts the statement the page already shows (declarative shadow DOM rendered at
// build time) instead of rendering it again. The order of these imports is the order they run.
import { restorePageHydrateHook } from './page-hydrate-hook.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { JointStatement } from './joint-statement.js';

// The widget's Lit has read the hook now: a Lit loaded later must not see it.
restorePageHydrateHook();

const define = () => {
  // Two snippets on one page load this twice; the second must not throw.
  if (!customElements.get('joint-statement')) customElements.define('joint-statement', JointStatement);
};

// The page already shows the rendered statement, so hydrating waits until it is painted: a
// script that arrives before the first paint (a fast connection, a cached file) would
// otherwise hold that paint back by its run and the hydration. A hidden page paints nothing.
if (document.visibilityState === 'hidden') define();
else requestAnimationFrame(() => setTimeout(define));

