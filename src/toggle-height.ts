// At its minimum height (one line of text) the stylesheet's fallback is already the toggle's
// height: the property stays unset, and the section's style is not recalculated for it. A
// min-height of `auto` (a partner's ::part rule) is no number, so then the height is written.
const setHeight = (toggle: Element, height: number) =>
  (toggle.parentElement as HTMLElement).style.setProperty('--_toggle-height', height <= parseFloat(getComputedStyle(toggle).minHeight) ? '' : `${height}px`);

/**
 * Keeps `--_toggle-height` on the signatory section at the sticky toggle's rendered height.
 * Large text, a reader's text spacing or a narrow column wrap "Show fewer" onto several
 * lines; the names' scroll margin is sized from this, so a name reached with Tab scrolls
 * into view above the toggle, not behind it (WCAG 2.4.11, focus not obscured).
 * Set through the CSSOM, which a strict style-src allows (unlike a style attribute).
 * Returns the function to call with the toggle to follow (null: none, or not sticky).
 */
export function followToggleHeight(): (toggle: HTMLElement | null) => void {
  let followed: HTMLElement | null = null;
  // Made on first use: a server renderer has no ResizeObserver.
  let observer: ResizeObserver | undefined;
  return (toggle) => {
    if (toggle === followed) return;
    observer?.disconnect();
    followed = toggle;
    if (!toggle) return;
    // Now, not when the observer first reports: focus may move to a name in this same task.
    // Measured as the observer measures (unrounded), so its first report writes the same value
    // and the section's style is not recalculated again in the frame.
    setHeight(toggle, toggle.getBoundingClientRect().height);
    observer ??= new ResizeObserver(([{ target, borderBoxSize }]) => setHeight(target, borderBoxSize[0].blockSize));
    observer.observe(toggle);
  };
}
