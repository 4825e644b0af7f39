import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { AttributeWarnings, integerIn } from './attribute-warnings.js';
import type { Statement, Translation } from './content-model.js';
import { emit } from './events.js';
import { GrowthPace } from './growth-pace.js';
import { renderLanguageSwitcher } from './language-switcher.js';
import { formatStatementDate, prepareFormatters } from './messages.js';
import { inheritedLanguage, matchLanguage } from './pick-language.js';
import { captureReadingPosition, restoreReadingPosition, type ReadingPosition } from './reading-position.js';
import { renderInline } from './render-inline.js';
import { RENDER_CHUNK, renderSignatoryList, showsFilter } from './signatory-list.js';
import { signatoryListStyles } from './signatory-list.styles.js';
import { SignatorySearch } from './signatory-search.js';
import { styles } from './joint-statement.styles.js';
import { whenIdle } from './when-idle.js';
import { statement as compiledStatement } from './generated/statement.js';

const DEFAULT_HEADING_LEVEL = 2;
const DEFAULT_PREVIEW_COUNT = 3;
const THEMES = ['auto', 'light', 'dark'];
/**
 * Numeric attributes: an absent attribute means the default; an empty or non-numeric one is
 * NaN, so it is reported rather than read as 0. `!==` as the change test, because Lit's
 * default treats NaN as unchanged and a second bad value would go unreported.
 */
const integerFromAttribute = (value: string | null) => (value === null ? undefined : value.trim() === '' ? NaN : Number(value));
const changedEvenIfNaN = (value: unknown, old: unknown) => value !== old;

// literal, not unsafeStatic: the tag names are fixed here, never taken from an attribute.
const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/**
 * A joint statement, its translations and its signatories, for partners to embed with one
 * snippet. Put a link to the statement inside the element: readers without scripts get it,
 * and once the element upgrades it shows the full statement instead.
 *
 * @summary Shows a joint statement with an inline language switcher and its signatories.
 *
 * @event language-change - The reader picked a language in the switcher. `detail: { lang }`. Not fired when `lang` is set from code.
 * @event signatories-toggle - The reader expanded or collapsed the signatory list. `detail: { expanded }`. Not fired when `expanded` is set from code.
 *
 * @csspart title - The statement's heading.
 * @csspart body - The statement's paragraphs.
 * @csspart switcher - The group of language buttons.
 * @csspart language-button - Each language button.
 * @csspart signatories - The signatory section, heading, list and toggle.
 * @csspart toggle - The button that expands or collapses the signatory list.
 * @csspart filter - The search box of lists with more than 20 signatories.
 *
 * @cssprop --joint-statement-accent - Links, buttons and the current language. Default `#0a58a8` (light), `#8cc2ff` (dark).
 * @cssprop --joint-statement-text - Text colour. Default `#1f2328` (light), `#e6e8eb` (dark).
 * @cssprop --joint-statement-background - Background, and text on the current language button. Default `#ffffff` (light), `#16191d` (dark).
 * @cssprop --joint-statement-border - Frame and separator lines. Default: the text colour at 20 %.
 * @cssprop --joint-statement-radius - Corner radius of the frame. Default `0.5rem`.
 * @cssprop --joint-statement-font - Font family. Default: inherited from the page.
 * @cssprop --joint-statement-max-width - Widest the widget grows. Default `42rem`.
 */
export class JointStatement extends LitElement {
  static override styles = [styles, signatoryListStyles];

  /**
   * Language to show: `en`, `es` or `pt` (a region such as `es-VE` is fine). Empty: the
   * nearest ancestor's `lang`, else the original language. Unknown values show the original
   * with one console warning. The switcher sets it when the reader picks a language.
   */
  @property({ reflect: true }) override lang!: string;

  /** Level of the statement's heading, 2–6 (the signatory heading is one below). */
  @property({ attribute: 'heading-level', type: Number, converter: integerFromAttribute, hasChanged: changedEvenIfNaN }) headingLevel: number | undefined = DEFAULT_HEADING_LEVEL;

  /** How many signatories show while the list is collapsed (0 or more). */
  @property({ attribute: 'preview-count', type: Number, converter: integerFromAttribute, hasChanged: changedEvenIfNaN }) previewCount: number | undefined = DEFAULT_PREVIEW_COUNT;

  /**
   * Colour theme: `auto` follows the reader's `prefers-color-scheme`; `light` or `dark` fix
   * it, for sites with their own dark-mode switch. Unknown values act as `auto`, with a warning.
   */
  @property({ reflect: true }) theme = 'auto';

  /** Whether the whole signatory list shows. */
  @property({ type: Boolean, reflect: true }) expanded = false;

  /** The language being shown, after matching and fallbacks. */
  @state() private shown!: Translation;

  /** Between beforeprint and afterprint: every signatory is rendered for the printout. */
  @state() private printing = false;

  @state() private filterQuery = '';

  /** Names in the DOM while expanded; grows a step per frame up to the whole list. */
  @state() private renderedCount = 0;

  /** The compiled content; a subclass may carry another statement. */
  protected readonly statement: Statement = compiledStatement;
  private readonly warnings = new AttributeWarnings();
  private readingPosition?: ReadingPosition;
  private focusToggleAfterUpdate = false;
  // Built on first update, not as field initialisers: a subclass's `statement` is assigned after them.
  private search?: SignatorySearch;
  private countryCount = 0;
  private filterMatches?: number[];
  private growFrame = 0;
  private growTimer = 0;
  private readonly growthPace = new GrowthPace(RENDER_CHUNK);
  /** The language whose filter keys and formatters are built; see prepareFilterWhenIdle. */
  private filterPreparedFor?: Translation;
  private cancelFilterPreparation?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved into another part of the page: the language it inherits may have changed.
    if (this.hasUpdated) this.requestUpdate();
    window.addEventListener('beforeprint', this.renderAllForPrint);
    window.addEventListener('afterprint', this.endPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.renderAllForPrint);
    window.removeEventListener('afterprint', this.endPrint);
    cancelAnimationFrame(this.growFrame);
    clearTimeout(this.growTimer);
    this.growFrame = this.growTimer = 0;
    this.cancelFilterPreparation?.();
    this.cancelFilterPreparation = undefined;
  }

  /** The language code being shown, e.g. `es`; read-only. */
  get shownLanguage(): string {
    return this.chooseTranslation().lang;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.search) {
      this.search = new SignatorySearch(this.statement.signatories);
      this.countryCount = new Set(this.statement.signatories.map((s) => s.country)).size;
    }
    const next = this.chooseTranslation();
    const languageChanged = this.shown !== undefined && next !== this.shown;
    if (languageChanged) this.readingPosition = captureReadingPosition(this.blocks());
    this.shown = next;
    // Only when what it depends on changed: the list grows over many updates, and scanning
    // 10,000 names on each of them would be wasted.
    if (languageChanged || changed.has('expanded') || changed.has('filterQuery')) {
      this.filterMatches = this.expanded ? this.search.match(this.filterQuery, next) : undefined;
    }
    this.renderedCount = this.namesToRender(languageChanged);
    if (changed.has('expanded') && !this.expanded && this.hasUpdated) {
      this.focusToggleAfterUpdate = this.focusWillBeRemoved(this.previewCountInForce);
    }
    if (changed.has('headingLevel')) this.checkAttribute('heading-level', this.headingLevel, 2, 6, DEFAULT_HEADING_LEVEL);
    // null: the (reflected) attribute was removed, which means auto.
    if (changed.has('theme') && this.theme !== null && !THEMES.includes(this.theme)) this.warnings.warn(this, 'theme', this.theme, 'auto');
    if (changed.has('previewCount')) this.checkAttribute('preview-count', this.previewCount, 0, undefined, DEFAULT_PREVIEW_COUNT);
  }

  protected override updated(): void {
    this.keepGrowingList();
    this.prepareFilterWhenIdle();
    if (this.focusToggleAfterUpdate) this.shadowRoot?.querySelector<HTMLElement>('[part="toggle"]')?.focus();
    this.focusToggleAfterUpdate = false;
    if (!this.readingPosition) return;
    restoreReadingPosition(this.blocks(), this.readingPosition);
    this.readingPosition = undefined;
  }

  /** `preview-count` after validation: a bad value means the default. */
  private get previewCountInForce(): number {
    return integerIn(this.previewCount, 0) ?? DEFAULT_PREVIEW_COUNT;
  }

  private namesToRender(languageChanged: boolean): number {
    const total = this.statement.signatories.length;
    if (this.printing) return total;
    const preview = Math.min(total, this.previewCountInForce);
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
    const total = this.statement.signatories.length;
    // Paused while filtering: the full list is hidden then, and resumes when the filter is cleared.
    if (!this.expanded || this.filterMatches || this.renderedCount >= total || this.growFrame || this.growTimer) return;
    // A timer from inside rAF runs after that frame is painted, so each frame carries one step.
    this.growFrame = requestAnimationFrame(() => {
      this.growFrame = 0;
      this.growTimer = window.setTimeout(() => {
        this.growTimer = 0;
        if (!this.expanded) return;
        const started = performance.now();
        this.renderedCount = Math.min(total, this.renderedCount + this.growthPace.step);
        void this.updateComplete.then(() => {
          // Reading a size lays the new names out now, so the step's cost includes its layout
          // (most of it). The frame would do that layout anyway; it is not done twice.
          void this.offsetHeight;
          this.growthPace.record(performance.now() - started);
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
    if (!showsFilter(this.statement.signatories.length, this.expanded) || this.filterPreparedFor === this.shown || this.cancelFilterPreparation) return;
    this.cancelFilterPreparation = whenIdle(() => {
      this.cancelFilterPreparation = undefined;
      // Collapsed meanwhile: nothing to prepare. A language switched meanwhile is the one
      // prepared; switching again asks from updated().
      if (!this.expanded) return;
      this.search?.prepare(this.shown);
      prepareFormatters(this.shown.lang);
      this.filterPreparedFor = this.shown;
    });
  }

  private chooseTranslation(): Translation {
    const { translations, original } = this.statement;
    const codes = translations.map((translation) => translation.lang);
    const own = this.lang?.trim();
    let lang = own ? matchLanguage(own, codes) : matchLanguage(inheritedLanguage(this), codes);
    if (own && !lang) this.warnings.warn(this, 'lang', this.lang, `the original language (${original})`);
    lang ??= original;
    return translations.find((translation) => translation.lang === lang)!;
  }

  private checkAttribute(name: string, value: number | undefined, min: number, max: number | undefined, fallback: number): void {
    if (value !== undefined && integerIn(value, min, max) === undefined) this.warnings.warn(this, name, this.getAttribute(name) ?? value, String(fallback));
  }

  private blocks(): Element[] {
    return [...(this.renderRoot?.querySelectorAll?.('[data-block]') ?? [])];
  }

  private readonly chooseLanguage = (lang: string): void => {
    if (lang === this.shown.lang) return;
    this.lang = lang;
    emit(this, 'language-change', { lang });
  };

  // Collapsed lists render only their preview; a printout needs every name. The update runs
  // in the microtask after this listener, before the browser lays out the printout.
  private readonly renderAllForPrint = (): void => {
    this.printing = true;
  };

  private readonly endPrint = (): void => {
    this.printing = false;
  };

  private readonly filterSignatories = (query: string): void => {
    this.filterQuery = query;
  };

  private readonly toggleSignatories = (): void => {
    this.expanded = !this.expanded;
    emit(this, 'signatories-toggle', { expanded: this.expanded });
  };

  /**
   * Collapsing removes the names past the preview and the filter; if keyboard focus is on
   * one of them it would fall back to the page's start, so it goes to the toggle instead.
   */
  private focusWillBeRemoved(previewCount: number): boolean {
    const focused = this.shadowRoot?.activeElement;
    const item = focused?.closest('li');
    if (item) return [...item.parentElement!.children].indexOf(item) >= previewCount;
    return Boolean(focused?.closest('.filter'));
  }

  protected override render() {
    const { translations, signatories, original, date } = this.statement;
    const shown = this.shown;
    const level = integerIn(this.headingLevel, 2, 6) ?? DEFAULT_HEADING_LEVEL;
    const titleTag = headingTags[level - 1];
    return html`<article lang=${shown.lang} dir=${shown.dir} aria-labelledby="title">
      ${renderLanguageSwitcher(translations, shown, this.chooseLanguage)}
      ${staticHtml`<${titleTag} id="title" class="title" part="title" data-block>${shown.title}</${titleTag}>`}
      ${shown.lang === original
        ? nothing
        : html`<p class="note">${shown.ui.translationNote}</p>`}
      ${date ? html`<p class="date"><time datetime=${date}>${formatStatementDate(date, shown)}</time></p>` : nothing}
      <div class="body" part="body">
        ${shown.paragraphs.map((paragraph) => html`<p data-block>${renderInline(paragraph)}</p>`)}
      </div>
      ${renderSignatoryList({
        signatories,
        countryCount: this.countryCount,
        translation: shown,
        previewCount: this.previewCountInForce,
        expanded: this.expanded,
        renderedCount: this.renderedCount,
        filterQuery: this.filterQuery,
        matches: this.filterMatches,
        headingTag: headingTags[Math.min(level, 5)],
        onToggle: this.toggleSignatories,
        onFilter: this.filterSignatories,
      })}
      <p class="source"><a href=${this.statement.canonicalUrl}>${shown.ui.source}</a></p>
    </article>`;
  }
}
