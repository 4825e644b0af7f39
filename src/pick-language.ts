/**
 * Which of the statement's languages to show. Matching is on the primary subtag, because
 * readers and pages say `es-VE` or `pt-BR` while the statement has one Spanish and one
 * Portuguese text.
 */
export function matchLanguage(requested: string | null | undefined, available: readonly string[]): string | undefined {
  const primary = (requested ?? '').trim().split(/[-_]/)[0].toLowerCase();
  return available.find((code) => code === primary);
}

/**
 * The `lang` in force where the element sits: the nearest ancestor's, crossing shadow roots
 * so a widget inside another component still follows the page.
 */
export function inheritedLanguage(element: Element): string | undefined {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang') ?? undefined;
    node = hostOf(node);
  }
  return undefined;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
