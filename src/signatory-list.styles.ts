import { css } from './css.js';

export const signatoryListStyles = css`
  .signatories {
    margin-top: 1.5em;
    padding-top: 1em;
    border-top: 1px solid var(--_border);
  }

  .signatories-heading {
    margin: 0 0 0.5em;
    font-size: 1.0625em;
    font-weight: 700;
  }

  .summary,
  .as-of {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }

  li {
    margin: 0.25em 0;
  }

  li[hidden] {
    display: none;
  }

  .country {
    color: var(--_muted);
  }

  /* A name keeps its own direction, whatever the text's: in an Arabic list the full stop of
     "Open Assembly Project Ltd." would otherwise be drawn left of "Open". */
  li > :not(.country) {
    unicode-bidi: plaintext;
  }

  /* No content-visibility on the names: it made removing a long list (collapsing, or switching
     language) far slower (docs/architecture.md). */

  /* Expanded, a long list pushes the toggle far down the page: it stays at the bottom of the
     window while the names scroll past, so "Show fewer" is always at hand. The ring of
     background keeps the names from touching it. */
  .toggle[aria-expanded='true'] {
    position: sticky;
    bottom: 0.75em;
    box-shadow: 0 0 0 0.5em var(--_background);
  }

  /* A short window (a laptop at 400 % zoom is 180 CSS pixels tall): a stuck toggle would
     cover a large part of it, so it waits at the end of the list. */
  @media (max-height: 30rem) {
    .toggle[aria-expanded='true'] {
      position: static;
      box-shadow: none;
    }
  }

  /* A name that gets keyboard focus is scrolled into view clear of that toggle (WCAG 2.4.11,
     focus not obscured), not behind it at the window's bottom edge: the toggle's real height
     (see toggle-height.ts), plus the gap below it and its ring. */
  li,
  li a {
    scroll-margin-bottom: calc(var(--_toggle-height, 2.75em) + 1.75em);
  }

  /* Last, as it overrides the rules above: a printout lists every name, and leaves out the toggle. */
  @media print {
    .toggle {
      display: none;
    }
    .country {
      color: #333;
    }
  }
`;

/**
 * The filter of lists over 20 names. A function, so the one-file bundle of a shorter list
 * leaves the text out: Rollup keeps a css`` call made at the top level of a module.
 */
export const longListStyles = () => css`
  /* While filtering, the full list steps aside for the matches. content-visibility keeps its
     names laid out (and out of sight, find-in-page and the accessibility tree) for when the
     filter is cleared; display: none discarded 10,000 boxes on the first keystroke. */
  #signatory-list[hidden] {
    display: block;
    content-visibility: hidden;
    margin: 0;
  }

  @supports not (content-visibility: hidden) {
    #signatory-list[hidden] {
      display: none;
    }
  }

  .filter {
    margin: 0 0 0.75em;
  }

  .filter label {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  /* Inheriting the text properties, as buttons do: a reader's text spacing reaches the filter. */
  .filter input {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    width: 100%;
    max-width: 24em;
    min-height: 2.75em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_muted);
    border-radius: 0.375em;
    color: var(--_text);
    background: var(--_background);
  }

  .filter-count {
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* Heard, not seen: the visible count above says the same. */
  .announcement {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .filter input {
      border-color: CanvasText;
    }
  }

  /* Last, as it overrides the rules above: a printout lists every name, even while the reader
     has a filter typed, and leaves out the filter. */
  @media print {
    .filter,
    #signatory-matches {
      display: none;
    }
    #signatory-list[hidden] {
      display: block;
      content-visibility: visible;
    }
  }
`;
