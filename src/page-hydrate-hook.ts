/**
 * Lit's hydrate support announces itself through a global, `litElementHydrateSupport`, which
 * every LitElement class evaluated afterwards reads and is patched by. The widget's own Lit
 * reads it inside the bundle; left set, it would also patch a partner's Lit loaded later on
 * the page. This module, evaluated before the hydrate support, remembers what the page had;
 * `restorePageHydrateHook` puts it back once the widget's Lit has read the hook.
 */
type Hook = typeof globalThis & { litElementHydrateSupport?: unknown };

const hadHook = 'litElementHydrateSupport' in globalThis;
const pageHook = (globalThis as Hook).litElementHydrateSupport;

export function restorePageHydrateHook(): void {
  if (hadHook) (globalThis as Hook).litElementHydrateSupport = pageHook;
  else delete (globalThis as Hook).litElementHydrateSupport;
}
