import type { ReactiveController, ReactiveElement } from 'lit';
import type { Signatory, Translation } from './content-model.js';
import { GrowthPace } from './growth-pace.js';
import { LONG_LISTS } from './long-lists.js';
import { prepareFormatters } from './messages.js';
import { QuietAnnouncer } from './quiet-announcer.js';
import { filterCountSentences, RENDER_CHUNK, renderSignatoryList, showsFilter, type SignatoryListState } from './signatory-list.js';
import { SignatorySearch } from './signatory-search.js';
import { followToggleHeight } from './toggle-height.js';
import { whenIdle } from './when-idle.js';

/**
 * The signatory list's state: how many names are in the DOM and how fast they grow, the
 * filter, its matches and their announcement, the printout, and where focus goes on expanding
 * and collapsing. The host element
 * decides the language, whether the list is expanded and the preview count, and hands them
 * to `update` from its `willUpdate`.
 */
export class SignatoryListController implements ReactiveController, SignatoryListState {
  signatories: readonly Signatory[] = [];
  countryCount = 0;
  translation!: Translation;
  expanded = false;
  previewCount = 0;
  /** Names in the DOM while expanded; grows a step per frame up to the whole list. */
  renderedCount = 0;
  query = '';
  matches?: number[];
  /** Made with the first query: a build without long lists (see long-lists.ts) ships none of it. */
  private announcer?: QuietAnnouncer;

  /** Between beforeprint and afterprint: every signatory is rendered for the printout. */
  private printing = false;
  private queryChanged = false;
  private focusToggleAfterUpdate = false;
  private focusRevealedAfterUpdate = false;
  private onToggle?: () => void;
  private search?: SignatorySearch;
  private growFrame = 0;
  private growTimer = 0;
  /** Made on the first step: short lists never grow in steps. */
  private growthPace?: GrowthPace;
  /** The language whose filter keys and formatters are built; see prepareFilterWhenIdle. */
  private filterPreparedFor?: Translation;
  private cancelFilterPreparation?: () => void;
  private readonly followToggle = followToggleHeight();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.renderAllForPrint);
    window.addEventListener('afterprint', this.endPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.renderAllForPrint);
    window.removeEventListener('afterprint', this.endPrint);
    cancelAnimationFrame(this.growFrame);
    clearTimeout(this.growTimer);
    this.growFrame = this.growTimer = 0;
    this.cancelFilterPreparation?.();
    this.cancelFilterPreparation = undefined;
    this.followToggle(null);
    this.announcer?.clear();
  }

  /** The status region's text: the match count, once typing pauses. */
  get announcement(): string {
    return this.announcer?.text ?? '';
  }

  /** Takes this update's values from the host; call it from the host's `willUpdate`. */
  update(signatories: readonly Signatory[], translation: Translation, expanded: boolean, previewCount: number): void {
    if (signatories !== this.signatories) {
      if (LONG_LISTS) this.search = new SignatorySearch(signatories);
      this.countryCount = new Set(signatories.map((s) => s.country)).size;
    }
    const languageChanged = this.translation !== undefined && translation !== this.translation;
    const collapsing = this.expanded && !expanded;
    // Only when what it depends on changed: the list grows over many updates, and scanning
    // 10,000 names on each of them would be wasted.
    if (languageChanged || expanded !== this.expanded || this.queryChanged || signatories !== this.signatories) {
      this.matches = LONG_LISTS && expanded ? this.search!.match(this.query, translation) : undefined;
    }
    this.signatories = signatories;
    this.translation = translation;
    this.expanded = expanded;
    this.previewCount = previewCount;
    if (!showsFilter(signatories.length, expanded) || languageChanged) this.announcer?.clear();
    else if (this.queryChanged) {
      const { count, limit } = filterCountSentences(this);
      this.announcer ??= new QuietAnnouncer(() => this.host.requestUpdate());
      this.announcer.announceAfterPause(count, limit);
    }
    this.queryChanged = false;
    this.renderedCount = this.namesToRender(languageChanged);
    if (collapsing) this.focusToggleAfterUpdate = this.focusWillBeRemoved();
  }

  hostUpdated(): void {
    this.keepGrowingList();
    this.prepareFilterWhenIdle();
    const toggle = this.shadowRoot()?.querySelector<HTMLElement>('[part="toggle"]') ?? null;
    // Only the expanded list's toggle is sticky.
    this.followToggle(this.expanded ? toggle : null);
    if (this.focusToggleAfterUpdate) toggle?.focus();
    else if (this.focusRevealedAfterUpdate) this.focusFirstRevealed();
    this.focusToggleAfterUpdate = this.focusRevealedAfterUpdate = false;
  }

  render(headingLevel: number, onToggle: () => void, afterSummary?: unknown) {
    this.onToggle = onToggle;
    return renderSignatoryList(this, headingLevel, this.toggleByReader, afterSummary);
  }

  /** The reader pressed the toggle (a host setting `expanded` from code moves no focus). */
  private readonly toggleByReader = (): void => {
    this.focusRevealedAfterUpdate = !this.expanded;
    this.onToggle?.();
  };

  /**
   * "Show all" sits after the list, so the names it reveals would come before the focus:
   * a screen reader reading on would skip them. Focus goes to the first thing revealed, the
   * filter when there is one (on a list of thousands it is what the reader needs next),
   * otherwise the first name past the preview. The toggle stays at the end of the list, where
   * it sticks to the window's bottom as "Show fewer".
   */
  /** The widget's shadow root, also a closed one the page's HTML gave it (see createRenderRoot). */
  private shadowRoot(): ShadowRoot | undefined {
    return this.host.renderRoot as ShadowRoot | undefined;
  }

  private focusFirstRevealed(): void {
    const root = this.shadowRoot()!;
    const filter = LONG_LISTS && root.querySelector<HTMLElement>('[part="filter"]');
    const item = root.getElementById('signatory-list')!.children[this.previewCount] as HTMLElement | undefined;
    if (!filter && item) item.tabIndex = -1;
    (filter || item)?.focus();
  }

  readonly filter = (query: string): void => {
    if (query === this.query) return;
    this.query = query;
    this.queryChanged = true;
    this.host.requestUpdate();
  };

  private namesToRender(languageChanged: boolean): number {
    const total = this.signatories.length;
    if (this.printing) return total;
    const preview = Math.min(total, this.previewCount);
    if (!this.expanded) return preview;
    // Expanding, or every name changing language: the first chunk now, the rest over the
    // following frames. Re-rendering 10,000 names in one go froze the page for seconds.
    const firstChunk = Math.min(total, preview + RENDER_CHUNK);
    return languageChanged ? firstChunk : Math.max(this.renderedCount, firstChunk);
  }

  /**
   * Adds a step of names after each painted frame until the list is complete: the page keeps
   * responding, and find-in-page reaches every name a second or two after expanding. The
   * steps are sized by GrowthPace to keep each frame short on this reader's machine.
   */
  private keepGrowingList(): void {
    const total = this.signatories.length;
    // Paused while filtering: the full list is hidden then, and resumes when the filter is cleared.
    if (!LONG_LISTS || !this.expanded || this.matches || this.renderedCount >= total || this.growFrame || this.growTimer) return;
    // A timer from inside rAF runs after that frame is painted, so each frame carries one step.
    this.growFrame = requestAnimationFrame(() => {
      this.growFrame = 0;
      this.growTimer = window.setTimeout(() => {
        this.growTimer = 0;
        if (!this.expanded) return;
        const started = performance.now();
        const pace = (this.growthPace ??= new GrowthPace(RENDER_CHUNK));
        this.renderedCount = Math.min(total, this.renderedCount + pace.step);
        this.host.requestUpdate();
        void this.host.updateComplete.then(() => {
          // Reading a size lays the new names out now, so the step's cost includes its layout
          // (most of it). The frame would do that layout anyway; it is not done twice.
          void this.host.offsetHeight;
          pace.record(performance.now() - started);
        });
      });
    });
  }

  /**
   * Folding 10,000 names for the filter and loading the number formatter's locale data take
   * tens of milliseconds: done while the reader is still looking at the expanded list, not on
   * their first keystroke. A search before then builds what it needs itself.
   */
  private prepareFilterWhenIdle(): void {
    if (!LONG_LISTS || !showsFilter(this.signatories.length, this.expanded) || this.filterPreparedFor === this.translation || this.cancelFilterPreparation)
      return;
    this.cancelFilterPreparation = whenIdle(() => {
      this.cancelFilterPreparation = undefined;
      // Collapsed meanwhile: nothing to prepare. A language switched meanwhile is the one
      // prepared; switching again asks from hostUpdated().
      if (!this.expanded) return;
      this.search?.prepare(this.translation);
      prepareFormatters(this.translation);
      this.filterPreparedFor = this.translation;
    });
  }

  // Collapsed lists render only their preview; a printout needs every name. The update runs
  // in the microtask after this listener, before the browser lays out the printout.
  private readonly renderAllForPrint = (): void => {
    this.printing = true;
    this.host.requestUpdate();
  };

  private readonly endPrint = (): void => {
    this.printing = false;
    this.host.requestUpdate();
  };

  /**
   * Collapsing removes the names past the preview and the filter; if keyboard focus is on
   * one of them it would fall back to the page's start, so it goes to the toggle instead.
   */
  private focusWillBeRemoved(): boolean {
    const focused = this.shadowRoot()?.activeElement;
    const item = focused?.closest('li');
    if (item) return [...item.parentElement!.children].indexOf(item) >= this.previewCount;
    return Boolean(focused?.closest('.filter'));
  }
}
