import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { DEFAULT_THEME, HEADING_LEVELS, PREVIEW_COUNT, THEMES, type Theme } from './attribute-values.js';
import { AttributeWarnings, integerIn } from './attribute-warnings.js';
import type { Statement, Translation } from './content-model.js';
import { HYDRATION_IN_BUILD } from './build-flags.js';
import { hydrationDone, languageBeingHydrated, takeRenderRoot, updateRoot } from './declarative-root.js';
import { emit } from './events.js';
import { renderLanguageSwitcher } from './language-switcher.js';
import { renderTitleHeading } from './headings.js';
import { signatoriesLevel } from './heading-levels.js';
import { formatStatementDate } from './messages.js';
import { linkTo } from './link-to.js';
import { inheritedLanguage, matchLanguage } from './pick-language.js';
import { captureReadingPosition, restoreReadingPosition, type ReadingPosition } from './reading-position.js';
import { renderInline } from './render-inline.js';
import { captureFallbackPosition } from './upgrade-position.js';
import { SignatoryListController } from './signatory-list-controller.js';
import { adoptStrayFallback } from './stray-fallback.js';
import { longListStyles, signatoryListStyles } from './signatory-list.styles.js';
import { LONG_LISTS } from './long-lists.js';
import { styles } from './joint-statement.styles.js';
import { renderSignatoriesAsOf } from './signatories-as-of.js';
import { renderTranslationNote } from './translation-note.js';
import { lookUpStatement, REGISTERED_EVENT } from './registry.js';
import { FILTER_THRESHOLD } from './long-lists.js';

const DEFAULT_HEADING_LEVEL = HEADING_LEVELS.default;
const DEFAULT_PREVIEW_COUNT = PREVIEW_COUNT.default;

/**
 * Numeric attributes: an absent attribute means the default; an empty or non-numeric one is
 * NaN, so it is reported rather than read as 0. `!==` as the change test, because Lit's
 * default treats NaN as unchanged and a second bad value would go unreported.
 */
const integerFromAttribute = (value: string | null) => (value === null ? undefined : value.trim() === '' ? NaN : Number(value));
const changedEvenIfNaN = (value: unknown, old: unknown) => value !== old;

/**
 * A joint statement, its translations and its signatories, for partners to embed with one
 * snippet. Put the statement's full text inside the element, as every snippet does: readers
 * without scripts, and crawlers, get it, and once the element upgrades it shows the widget instead.
 * Each statement's script registers its statement page-wide; the element shows the one its
 * `statement` attribute names, and keeps its text until that statement's script has run.
 *
 * @summary Shows a joint statement with an inline language switcher and its signatories.
 *
 * @event {LanguageChangeDetail} language-change - The reader picked a language in the switcher. `detail: { lang }`. Not fired when `lang` is set from code.
 * @event {SignatoriesToggleDetail} signatories-toggle - The reader expanded or collapsed the signatory list. `detail: { expanded }`. Not fired when `expanded` is set from code.
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
 * @cssprop --joint-statement-radius - Corner radius of the frame. Default `0.5em`.
 * @cssprop --joint-statement-font - Font family. Default: inherited from the page.
 * @cssprop --joint-statement-max-width - Widest the widget grows. Default `42em` (it grows with the text).
 */
export class JointStatement extends LitElement {
  // Lit's reactive properties, declared here rather than with decorators, whose helpers every
  // bundle would carry (docs/architecture.md#decisions-and-the-measurements-behind-them); each
  // field below carries its JSDoc for the custom-elements manifest.
  static override properties = {
    statement: {},
    lang: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, converter: integerFromAttribute, hasChanged: changedEvenIfNaN },
    previewCount: { attribute: 'preview-count', type: Number, converter: integerFromAttribute, hasChanged: changedEvenIfNaN },
    // useDefault: the default writes no attribute, so a bare element carries none its author did
    // not write (server-rendered markup would otherwise differ after upgrade; React's hydration says so).
    theme: { reflect: true, useDefault: true },
    expanded: { type: Boolean, reflect: true },
    shown: { state: true, attribute: false },
  };

  /**
   * The statement whose bundle defined the element on this page, named in warnings. Set by
   * the bundle's entry (define-element.ts); each bundle has its own class.
   */
  static definedFor?: string;

  static override styles = LONG_LISTS ? [styles, signatoryListStyles, longListStyles()] : [styles, signatoryListStyles];

  /**
   * Id of the statement to show, as its snippet writes it (e.g. `lima-group-2019`; the ids of a
   * build are in dist/embed.json). The element waits, keeping its text, until the script of
   * that statement has run. Without it, the page's only statement; with several statements on
   * the page it is required. Read when the widget first renders. Partners' CSS can target one
   * statement with `joint-statement[statement="…"]`.
   */
  declare statement: string | undefined;

  /**
   * Language to show: the code of one of the statement's languages (a region such as `es-VE`
   * matches on the first part). Empty: the nearest ancestor's `lang`, else the original
   * language. Unknown values show the original with one console warning. Reflected; the
   * switcher sets it when the reader picks a language.
   */
  declare lang: string;

  /**
   * Level of the statement's heading, 2–6; the "Signed by" heading is one below (at most 6).
   * Default `2`.
   */
  headingLevel: number | undefined = DEFAULT_HEADING_LEVEL;

  /**
   * How many signatories show while the list is collapsed (0 or more). Default `3`.
   */
  previewCount: number | undefined = DEFAULT_PREVIEW_COUNT;

  /**
   * Colour theme: `auto` follows the reader's `prefers-color-scheme`; `light` or `dark` fix
   * it, for sites with their own dark-mode switch. Unknown values act as `auto`, with a warning.
   * Reflected once set; the default writes no attribute. Default `auto`.
   */
  theme: Theme = DEFAULT_THEME;

  /** Whether the whole signatory list shows. Reflected. Default `false`. */
  expanded = false;

  /** The language being shown, after matching and fallbacks. */
  declare private shown: Translation;

  /** A statement of its own, for a subclass that carries one instead of the registered one. */
  protected readonly ownStatement?: Statement;
  /** The statement shown, once registered (see registry.ts); the widget waits until then. */
  private shownStatement?: Statement;
  private readonly warnings = new AttributeWarnings();
  private readingPosition?: ReadingPosition;
  private readonly signatoryList = new SignatoryListController(this);

  /**
   * Until the statement it names is registered, the element stays as the page wrote it (no
   * shadow root, no update): the page keeps its own text, or its pre-rendered root, untouched,
   * and never shows another statement's words in its place.
   */
  override connectedCallback(): void {
    if (!this.findStatement()) return;
    // Before the shadow root hides the fallback; restored in updated(). The hydrating bundle's
    // snippets bring a pre-rendered root instead, so it leaves this out.
    if (!HYDRATION_IN_BUILD && !this.renderRoot) this.readingPosition = captureFallbackPosition(this);
    super.connectedCallback();
    // Moved into another part of the page: the language it inherits may have changed.
    if (this.hasUpdated) return this.requestUpdate();
    if (isServer) return;
    // Its full text may lie beside it rather than inside (stray-fallback.ts); while the page
    // is still being parsed, what follows the element is not there yet.
    const adopt = () => adoptStrayFallback(this, this.shownStatement!.canonicalUrl);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', adopt, { once: true });
    else adopt();
  }

  /** The language actually shown after matching and fallbacks, e.g. `es`; empty while the statement has not arrived. */
  get shownLanguage(): string {
    return this.shownStatement ? this.chooseTranslation().lang : '';
  }

  private readonly statementRegistered = (): void => {
    if (this.isConnected) this.connectedCallback();
  };

  /** Whether the statement to show is there; looks it up, warns once, or waits for the next registration. */
  private findStatement(): boolean {
    if (this.shownStatement) return true;
    const found = this.ownStatement ?? lookUpStatement(this.statement);
    const definedFor = (this.constructor as typeof JointStatement).definedFor;
    if (typeof found == 'string') this.warnings.warn(this, 'statement', this.statement ?? '', `its own text (${found}; element defined by "${definedFor}")`);
    // Asked again when the next statement is registered on the page.
    else if (!found) addEventListener(REGISTERED_EVENT, this.statementRegistered, { once: true });
    else {
      if (!LONG_LISTS && found.signatories.length > FILTER_THRESHOLD)
        console.warn(`<joint-statement>: "${found.id}" without the filter ("${definedFor}" defined the element)`);
      this.shownStatement = found;
    }
    return !!this.shownStatement;
  }

  /**
   * A declarative shadow root from the page's HTML is adopted (a server render, with Lit's
   * hydrate support) or emptied, at the first update: see declarative-root.ts.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeRenderRoot(this, () => super.createRenderRoot());
  }

  protected override update(changed: PropertyValues): void {
    updateRoot(
      this,
      () => super.update(changed),
      () => this.render(),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A server render calls no connectedCallback(): the statement is looked up here.
    if (isServer) this.findStatement();
    // The first update checks every attribute: those set while the statement was awaited were not.
    const first = !this.hasUpdated;
    const next = this.chooseTranslation();
    const languageChanged = this.shown !== undefined && next !== this.shown;
    if (languageChanged) this.readingPosition = captureReadingPosition(this.blocks());
    this.shown = next;
    // A bad `preview-count` means the default.
    const previewCount = integerIn(this.previewCount, PREVIEW_COUNT.min) ?? DEFAULT_PREVIEW_COUNT;
    this.signatoryList.update(this.shownStatement!.signatories, next, this.expanded, previewCount);
    if (first || changed.has('headingLevel'))
      this.checkAttribute('heading-level', this.headingLevel, HEADING_LEVELS.min, HEADING_LEVELS.max, DEFAULT_HEADING_LEVEL);
    if ((first || changed.has('theme')) && !THEMES.includes(this.theme)) this.warnings.warn(this, 'theme', this.theme, DEFAULT_THEME);
    if (first || changed.has('previewCount')) this.checkAttribute('preview-count', this.previewCount, PREVIEW_COUNT.min, undefined, DEFAULT_PREVIEW_COUNT);
  }

  protected override updated(): void {
    if (hydrationDone(this) && this.chooseTranslation() !== this.shown) this.requestUpdate();
    if (!this.readingPosition) return;
    restoreReadingPosition(this.blocks(), this.readingPosition);
    this.readingPosition = undefined;
  }

  private chooseTranslation(): Translation {
    const { translations, original } = this.shownStatement!;
    const codes = translations.map((translation) => translation.lang);
    const own = this.lang?.trim();
    // A server render cannot see the page around the element: without `lang` it renders the
    // original, and the client switches to the page's language after hydrating.
    const lang = languageBeingHydrated(this, codes) ?? (own ? matchLanguage(own, codes) : isServer ? undefined : matchLanguage(inheritedLanguage(this), codes));
    if (own && !lang) this.warnings.warn(this, 'lang', this.lang, `the original language (${original})`);
    return translations.find((translation) => translation.lang === (lang ?? original))!;
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

  private readonly toggleSignatories = (): void => {
    this.expanded = !this.expanded;
    emit(this, 'signatories-toggle', { expanded: this.expanded });
  };

  protected override render() {
    const { translations, date } = this.shownStatement!;
    const shown = this.shown;
    const level = integerIn(this.headingLevel, HEADING_LEVELS.min, HEADING_LEVELS.max) ?? DEFAULT_HEADING_LEVEL;
    return html`<article lang=${shown.lang} dir=${shown.dir} aria-labelledby="title">
      ${renderLanguageSwitcher(translations, shown, this.chooseLanguage)}
      ${renderTitleHeading(level, shown.title)}
      ${renderTranslationNote(shown, this.shownStatement!)}
      ${date ? html`<p class="date"><time datetime=${date}>${formatStatementDate(date, shown)}</time></p>` : nothing}
      <div class="body" part="body">
        ${shown.paragraphs.map((paragraph) => html`<p data-block>${renderInline(paragraph)}</p>`)}
      </div>
      ${this.signatoryList.render(signatoriesLevel(level), this.toggleSignatories, renderSignatoriesAsOf(shown, this.shownStatement!))}
      <p class="source">${linkTo(this.shownStatement!.canonicalUrl, shown.ui.source)}</p>
    </article>`;
  }
}
