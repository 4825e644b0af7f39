/**
 * Lit's hydrate support announces itself through a global, `litElementHydrateSupport`, which
 * every LitElement class evaluated afterwards reads and is patched by. The widget's own Lit
 * must see only its own hook (none in the plain bundle): a page's hook would patch it with the
 * page's copy of Lit. And the hydrating bundle's hook must not patch a Lit the page loads
 * later. So each bundle takes the page's hook away before its Lit is evaluated (before-lit.ts)
 * and puts it back after.
 */
type Hook = typeof globalThis & { litElementHydrateSupport?: unknown };

/** Takes the page's hook away; returns the call that puts it back as it was. */
export function setAsidePageHydrateHook(): () => void {
  const hadHook = 'litElementHydrateSupport' in globalThis;
  const pageHook = (globalThis as Hook).litElementHydrateSupport;
  delete (globalThis as Hook).litElementHydrateSupport;
  return () => {
    if (hadHook) (globalThis as Hook).litElementHydrateSupport = pageHook;
    else delete (globalThis as Hook).litElementHydrateSupport;
  };
}
