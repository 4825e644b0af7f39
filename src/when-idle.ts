/**
 * Runs `callback` when the page is idle (at the latest after `timeout` ms); returns a cancel
 * function. WebKit has no requestIdleCallback, so there a timer stands in for it.
 */
export function whenIdle(callback: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, Math.min(timeout, 200));
  return () => clearTimeout(handle);
}
