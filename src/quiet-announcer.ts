/** How long typing must pause before the match count is announced. */
const ANNOUNCE_AFTER_MS = 500;

/**
 * What the filter's status region says. A live region updated on every keystroke has screen
 * readers queue a stale count between the letters typed; this one speaks once typing pauses,
 * and says the "only the first 200 are listed" note once, until the matches fit again.
 */
export class QuietAnnouncer {
  /** The text of the status region. */
  text = '';
  private timer = 0;
  private saidLimit = false;

  constructor(private readonly changed: () => void) {}

  /** Says `count`, and `limit` when given and not said just before, once typing pauses. */
  announceAfterPause(count: string, limit: string | undefined): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.text = limit && !this.saidLimit ? `${count} ${limit}` : count;
      this.saidLimit = Boolean(limit);
      this.changed();
    }, ANNOUNCE_AFTER_MS);
  }

  /** Forgets what was said and cancels what was about to be (the filter went away). */
  clear(): void {
    clearTimeout(this.timer);
    this.text = '';
    this.saidLimit = false;
  }
}
