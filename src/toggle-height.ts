/**
 * Keeps `--_toggle-height` on the signatory section at the sticky toggle's rendered height.
 * Large text, a reader's text spacing or a narrow column wrap "Show fewer" onto several
 * lines; the names' scroll margin is sized from this, so a name reached with Tab scrolls
 * into view above the toggle, not behind it (WCAG 2.4.11, focus not obscured).
 * Set through the CSSOM, which a strict style-src allows (unlike a style attribute).
 */
export class ToggleHeight {
  private observer?: ResizeObserver;
  private watched?: HTMLElement;

  /** Follows this toggle (null: none shown, or not sticky because the list is collapsed). */
  watch(toggle: HTMLElement | null): void {
    if (toggle === this.watched) return;
    this.stop();
    if (!toggle) return;
    this.observer ??= new ResizeObserver(([entry]) => {
      const height = entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
      entry.target.parentElement?.style.setProperty('--_toggle-height', `${height}px`);
    });
    this.observer.observe(toggle);
    this.watched = toggle;
  }

  stop(): void {
    if (this.watched) this.observer?.unobserve(this.watched);
    this.watched = undefined;
  }
}
