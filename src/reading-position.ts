/**
 * Keeps the reader's place when the text changes language. Translations differ in length,
 * so without this the paragraph being read jumps (Safari has no native scroll anchoring).
 * The anchor is the first block that starts inside the viewport (the last line of the
 * previous paragraph peeking in does not count); if none starts there, the block that
 * spans the top of the viewport. When the switcher is in view it is the anchor, so the
 * button just pressed stays under the finger.
 */
export interface ReadingPosition {
  index: number;
  top: number;
}

export function captureReadingPosition(blocks: readonly Element[]): ReadingPosition | undefined {
  const tops = blocks.map((block) => block.getBoundingClientRect().top);
  let index = tops.findIndex((top) => top >= 0 && top < window.innerHeight);
  if (index === -1) index = tops.findLastIndex((top) => top < 0);
  // -1: the widget is entirely below the viewport, so nothing the reader sees can move.
  return index === -1 ? undefined : { index, top: tops[index] };
}

export function restoreReadingPosition(blocks: readonly Element[], position: ReadingPosition | undefined): void {
  const block = position && blocks[position.index];
  if (!block) return;
  // Measured after layout, so any adjustment the browser's own scroll anchoring made is included.
  const shift = block.getBoundingClientRect().top - position.top;
  // 'instant' because a partner page's `scroll-behavior: smooth` would otherwise animate the fix.
  if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
}
