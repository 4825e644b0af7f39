import { REGISTERED_EVENT } from './registry.js';

// Whether the page had painted when the bundle ran; otherwise set once a frame has been painted.
let painted: unknown = performance.getEntriesByType('paint')[0];

/**
 * Whether the page has painted. If not, elements wait as for their statement: once it has
 * (after its next frame), REGISTERED_EVENT asks them again. Work that arrives before the
 * page's first paint (a bundle on a fast connection or from the cache) would otherwise hold
 * that paint back, while the page already shows the statement's own text. A hidden page
 * paints nothing: the elements wait for the reader.
 */
export function pagePainted(): boolean {
  if (!painted)
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        painted = true;
        dispatchEvent(new Event(REGISTERED_EVENT));
      }),
    );
  return !!painted;
}
