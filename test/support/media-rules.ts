/**
 * Applies the widget's rules for one media condition (`print`, `(forced-colors: active)`…)
 * on screen. Media emulation is a Chromium-only driver feature; this uses each engine's own
 * parsing and layout of the rules instead, so the same test runs in Chromium, Firefox and
 * WebKit. Returns a function that undoes it.
 */
export function applyMediaRules(el: Element, mediaText: string): () => void {
  const root = el.shadowRoot!;
  const sheets = root.adoptedStyleSheets.length ? root.adoptedStyleSheets : [...root.querySelectorAll('style')].map((style) => style.sheet!);
  const rules = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === mediaText)
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  if (!rules.length) throw new Error(`the widget has no @media ${mediaText} rules`);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((other) => other !== sheet));
}

export const applyPrintRules = (el: Element) => applyMediaRules(el, 'print');
