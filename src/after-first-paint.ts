import { REGISTERED_EVENT } from './registry.js';

// Whether the page had painted when the bundle ran; otherwise set once a frame has been painted.
let painted: unknown = performance.getEntriesByType('paint')[0];

const paintedNow = (): void => {
  if (!painted) {
    painted = true;
    dispatchEvent(new Event(REGISTERED_EVENT));
  }
};

/**
 * Whether the page has painted. If not, elements wait as for their statement: once it has
 * (a task after its next frame), REGISTERED_EVENT asks them again. Work that arrives before
 * the page's first paint (a bundle on a fast connection or from the cache) would otherwise
 * hold that paint back, while the page already shows the statement's own text. A page that
 * runs no frames (hidden, or WebKit's frames out of view) paints nothing that the widget could
 * delay: a timer asks them anyway.
 */
export function pagePainted(): boolean {
  if (!painted) {
    requestAnimationFrame(() => setTimeout(paintedNow));
    setTimeout(paintedNow, 500);
  }
  return !!painted;
}
