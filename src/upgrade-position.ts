import { captureReadingPosition, type ReadingPosition } from './reading-position.js';

/**
 * Where a reader already reading the element's full-text fallback is, taken before the first
 * render replaces it with the widget (taller: the language row sits above the title). Restored
 * after that render like a language switch, so the paragraph being read stays put in engines
 * without scroll anchoring (WebKit). Only when the page is scrolled: at its top a page keeps
 * its top, as scroll anchoring does, and no layout is forced before the first paint. None
 * behind a declarative root, which hides the fallback already.
 */
export function captureFallbackPosition(element: HTMLElement): ReadingPosition | undefined {
  if (element.shadowRoot || !scrollY) return;
  return captureReadingPosition([...element.querySelectorAll('[data-block]')]);
}
