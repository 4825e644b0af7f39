/**
 * An editor or Markdown tool that closes the element before its content leaves the full text
 * beside it: a shortcode typed inside a sentence gives
 * `<p>Read it: <joint-statement></joint-statement></p><article>…</article>`, a snippet line read
 * as a paragraph gives the same shape. Readers would get the widget and the full text again
 * below it. The element takes that article back (the one linking to the statement's source,
 * right after the element or after the paragraph holding it), so the statement shows once, and
 * says how to paste it.
 */
export function adoptStrayFallback(element: HTMLElement, sourceUrl: string): void {
  if (element.querySelector('article')) return;
  const parent = element.parentElement;
  const next = element.nextElementSibling ?? (parent?.localName === 'p' ? parent.nextElementSibling : null);
  if (next?.localName !== 'article' || !next.querySelector(`a[href="${CSS.escape(sourceUrl)}"]`)) return;
  element.append(next);
  console.warn('<joint-statement> took back its text from beside it: paste the snippet on lines of its own.');
}
