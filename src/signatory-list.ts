import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { renderSignatoriesHeading } from './headings.js';
import type { Signatory, Translation } from './content-model.js';
import { countryName } from './country-names.js';
import { isLinkable } from './link-to.js';
import { FILTER_THRESHOLD, LONG_LISTS } from './long-lists.js';
import { countMessage, formatNumber } from './messages.js';

/** Whether the signatory section shows its filter box. */
export function showsFilter(signatoryCount: number, expanded: boolean): boolean {
  return LONG_LISTS && expanded && signatoryCount > FILTER_THRESHOLD;
}
/** Names shown in the first frame of expanding; also the size of the list's cached chunks. */
export const RENDER_CHUNK = 250;
/** Most filter results listed at once; the count still tells how many match. */
const MAX_FILTER_RESULTS = 200;

/** What the signatory section shows; kept by SignatoryListController. */
export interface SignatoryListState {
  readonly signatories: readonly Signatory[];
  readonly countryCount: number;
  readonly translation: Translation;
  readonly previewCount: number;
  readonly expanded: boolean;
  /** How many names are in the DOM: the preview when collapsed, growing to all when expanded. */
  readonly renderedCount: number;
  readonly query: string;
  /** Indexes of the signatories matching the filter; undefined without a query. */
  readonly matches?: number[];
  /** What the filter's status region says (the count, once typing pauses). */
  readonly announcement: string;
  readonly filter: (query: string) => void;
}

/** The filter's count ("3 of 60 match."), and the note when only the first matches are listed. */
export function filterCountSentences(list: SignatoryListState): { count: string; limit?: string } {
  const { translation } = list;
  const { ui } = translation;
  const total = list.signatories.length;
  const matching = list.matches?.length ?? total;
  // Only long lists have the filter, and only their bundles keep its text (ShownUiStrings).
  return {
    count: countMessage(ui.filterCount!, matching, translation, { total: formatNumber(total, translation) }),
    limit: list.matches && matching > MAX_FILTER_RESULTS ? countMessage(ui.filterTooMany!, MAX_FILTER_RESULTS, translation) : undefined,
  };
}

/**
 * The signatory section. Collapsed, only the preview names are rendered, so a list of
 * thousands costs nothing until the reader asks for it. Expanded, every name is added to
 * the DOM one or more chunks per frame (then findable with find-in-page and readable by screen readers).
 * While filtering, the full list is hidden and the matches are listed on their own.
 */
export function renderSignatoryList(list: SignatoryListState, headingLevel: number, onToggle: () => void, afterSummary: unknown = nothing) {
  const { signatories, translation, previewCount, expanded, matches } = list;
  const { ui } = translation;
  const collapsible = signatories.length > previewCount;
  // While filtering, the full list keeps its boxes (content-visibility), so it is taken out of
  // the accessibility tree and the focus order explicitly: no empty list, no stray links.
  const filtering = LONG_LISTS && matches !== undefined;
  const countries = countMessage(ui.countries, list.countryCount, translation);
  return html`<section class="signatories" part="signatories" aria-labelledby="signatories-heading" data-block>
    ${renderSignatoriesHeading(headingLevel, ui.signedBy)}
    <p class="summary">${countMessage(ui.summary, signatories.length, translation, { countries })}</p>
    ${afterSummary}
    ${LONG_LISTS && showsFilter(signatories.length, expanded) ? renderFilter(list) : nothing}
    <ul id="signatory-list" ?hidden=${filtering} ?inert=${filtering} aria-hidden=${filtering ? 'true' : nothing}>
      ${renderNames(list)}
    </ul>
    ${
      !filtering
        ? nothing
        : html`<ul id="signatory-matches" ?hidden=${matches.length === 0}>
          ${matches.slice(0, MAX_FILTER_RESULTS).map((index) => renderSignatory(signatories[index], translation))}
        </ul>`
    }
    ${
      collapsible
        ? html`<button
          type="button"
          class="toggle"
          part="toggle"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="signatory-list"
          @click=${onToggle}
        >
          ${expanded ? ui.showFewer : countMessage(ui.showAll, signatories.length, translation)}
        </button>`
        : nothing
    }
  </section>`;
}

/** The names in the DOM, cached by chunk so each frame of a growing list only adds one. */
function renderNames({ signatories, translation, renderedCount }: SignatoryListState) {
  // A short list is rendered whole in one step: no chunks to cache.
  if (!LONG_LISTS) return signatories.slice(0, renderedCount).map((signatory) => renderSignatory(signatory, translation));
  return chunkStarts(renderedCount).map((start) => {
    const end = Math.min(start + RENDER_CHUNK, renderedCount);
    return guard([signatories, translation, start, end], () => signatories.slice(start, end).map((signatory) => renderSignatory(signatory, translation)));
  });
}

function chunkStarts(count: number): number[] {
  const starts: number[] = [];
  for (let start = 0; start < count; start += RENDER_CHUNK) starts.push(start);
  return starts;
}

// On one line: whitespace in the template would be two more text nodes in every <li>, 20,000
// for a list of 10,000 names, to create, lay out and remove on every language switch.
function renderSignatory(signatory: Signatory, translation: Translation) {
  return html`<li>${renderName(signatory)}<span class="country">${(translation.formatted?.comma ?? ', ') + countryName(signatory.country, translation)}</span></li>`;
}

// Marked with its own language so a screen reader voices "Washington Office on Latin America"
// in English inside a Spanish text; no wrapper when the content does not say.
function renderName({ name, url, lang }: Signatory) {
  if (isLinkable(url)) return html`<a href=${url} lang=${lang ?? nothing}>${name}</a>`;
  return lang ? html`<span lang=${lang}>${name}</span>` : name;
}

function renderFilter(list: SignatoryListState) {
  const { ui } = list.translation;
  const { count, limit } = filterCountSentences(list);
  // The visible count follows each keystroke; screen readers hear the status region instead,
  // once typing pauses (see QuietAnnouncer). Both are in the tree before their text changes.
  return html`<div class="filter">
    <label for="signatory-filter">${ui.filter}</label>
    <input
      id="signatory-filter"
      part="filter"
      type="search"
      autocomplete="off"
      spellcheck="false"
      aria-controls="signatory-list signatory-matches"
      aria-describedby="signatory-filter-count"
      .value=${list.query}
      @input=${(event: InputEvent) => list.filter((event.target as HTMLInputElement).value)}
    />
    <p id="signatory-filter-count" class="filter-count">${count} ${limit ?? nothing}</p>
    <p class="announcement" role="status" aria-atomic="true">${list.announcement}</p>
  </div>`;
}
