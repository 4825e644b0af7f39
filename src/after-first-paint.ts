/**
 * Calls `then` in a task after the page's next frame, so that work arriving before the page's
 * first paint (a bundle on a fast connection or from the cache) does not hold that paint back
 * while the page already shows the statement's own text; later, it keeps a long task off the
 * script's own. A page that runs no frames (hidden, or in WebKit a frame out of view) has no
 * paint to hold back: a timer calls `then` if no frame comes first.
 */
export function afterNextFrame(then: () => void): void {
  // Settled once, by whichever comes first.
  new Promise((framed) => {
    requestAnimationFrame(() => setTimeout(framed));
    setTimeout(framed, 500);
  }).then(then);
}
