import { REGISTERED_EVENT } from './registry.js';

// Set once the page has painted: read from its paint entries, or after the frame awaited below.
let painted: PerformanceEntry | true | undefined;

const paintedNow = (): void => {
  if (!painted) {
    painted = true;
    dispatchEvent(new Event(REGISTERED_EVENT));
  }
};

/**
 * Whether the page has painted (its paint entry, or true; undefined while it has not). If not,
 * elements wait as for their statement: once it has (a task after its next frame), they are
 * asked again. Work that arrives before the page's first paint (a bundle on a fast connection
 * or from the cache) would otherwise hold that paint back, while the page already shows the
 * statement's own text. A page that runs no frames (hidden, or in WebKit a frame out of view)
 * has no paint for the widget to delay: a timer asks them anyway.
 */
export function pagePainted(): PerformanceEntry | true | undefined {
  if (!(painted ||= performance.getEntriesByType('paint')[0])) {
    requestAnimationFrame(() => setTimeout(paintedNow));
    setTimeout(paintedNow, 500);
  }
  return painted;
}
