/**
 * Keeps the reader's place when the text changes language. Translations differ in length,
 * so without this the paragraph being read jumps. The anchor is the first block not yet
 * scrolled past; if the switcher itself is in view it is that, so the button just pressed
 * stays under the finger.
 */
export interface ReadingPosition {
  index: number;
  top: number;
}

export function captureReadingPosition(blocks: readonly Element[]): ReadingPosition | undefined {
  if (!blocks.length) return undefined;
  const firstInView = blocks.findIndex((block) => block.getBoundingClientRect().bottom > 0);
  // Everything is above the viewport: the last block still carries the change in height.
  const index = firstInView === -1 ? blocks.length - 1 : firstInView;
  return { index, top: blocks[index].getBoundingClientRect().top };
}

export function restoreReadingPosition(blocks: readonly Element[], position: ReadingPosition | undefined): void {
  const block = position && blocks[position.index];
  if (!block) return;
  // Measured after layout, so any adjustment the browser's own scroll anchoring made is included.
  const shift = block.getBoundingClientRect().top - position.top;
  // 'instant' because a partner page's `scroll-behavior: smooth` would otherwise animate the fix.
  if (Math.abs(shift) >= 1) window.scrollBy({ top: shift, behavior: 'instant' });
}
