/**
 * Lit's hydrate support announces itself through a global, `litElementHydrateSupport`, which
 * every LitElement class evaluated afterwards reads and is patched by. The widget's own Lit
 * must see only its own hook (none in the plain bundle): a page's hook would patch it with the
 * page's copy of Lit. And the hydrating bundle's hook must not patch a Lit the page loads
 * later. So this module, evaluated first in both bundles, takes the page's hook away, and
 * `restorePageHydrateHook` puts it back once the widget's Lit has been evaluated.
 */
type Hook = typeof globalThis & { litElementHydrateSupport?: unknown };

const hadHook = 'litElementHydrateSupport' in globalThis;
const pageHook = (globalThis as Hook).litElementHydrateSupport;
delete (globalThis as Hook).litElementHydrateSupport;

export function restorePageHydrateHook(): void {
  if (hadHook) (globalThis as Hook).litElementHydrateSupport = pageHook;
  else delete (globalThis as Hook).litElementHydrateSupport;
}
