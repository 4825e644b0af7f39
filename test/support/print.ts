/**
 * Applies the widget's `@media print` rules on screen. Print emulation is a Chromium-only
 * driver feature; this uses each engine's own parsing and layout of the rules instead, so
 * the same test runs in Chromium, Firefox and WebKit. Returns a function that undoes it.
 */
export function applyPrintRules(el: Element): () => void {
  const root = el.shadowRoot!;
  const sheets = root.adoptedStyleSheets.length
    ? root.adoptedStyleSheets
    : [...root.querySelectorAll('style')].map((style) => style.sheet!);
  const printRules = sheets
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
    .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
  if (!printRules.length) throw new Error('the widget has no @media print rules');
  const printSheet = new CSSStyleSheet();
  printSheet.replaceSync(printRules.join('\n'));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, printSheet];
  return () => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((sheet) => sheet !== printSheet));
}
