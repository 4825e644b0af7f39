import { css } from 'lit';

export const signatoryListStyles = css`
  .signatories {
    margin-top: 1.5rem;
    padding-top: 1rem;
    border-top: 1px solid var(--_border);
  }

  .signatories-heading {
    margin: 0 0 0.5rem;
    font-size: 1.0625rem;
    font-weight: 700;
  }

  .summary {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  ul {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.25rem;
  }

  li {
    margin: 0.25rem 0;
  }

  li[hidden] {
    display: none;
  }

  .country {
    color: var(--_muted);
  }

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

  /* No content-visibility on the names: measured in Chromium, it made removing 10,000 of them
     (collapsing, or switching language) take 3.5 s instead of 0.1 s. */

  /* Expanded, a long list pushes the toggle far down the page: it stays at the bottom of the
     window while the names scroll past, so "Show fewer" is always at hand. The ring of
     background keeps the names from touching it. */
  .toggle[aria-expanded='true'] {
    position: sticky;
    bottom: 0.75rem;
    box-shadow: 0 0 0 0.5rem var(--_background);
  }

  /* A linked name that gets keyboard focus is scrolled into view clear of that toggle
     (WCAG 2.4.11, focus not obscured), not behind it at the window's bottom edge. */
  li a {
    scroll-margin-bottom: 4.5rem;
  }

  .filter {
    margin: 0 0 0.75rem;
  }

  .filter label {
    display: block;
    margin-bottom: 0.25rem;
    font-weight: 600;
  }

  .filter input {
    font: inherit;
    width: 100%;
    max-width: 24rem;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_muted);
    border-radius: 0.375rem;
    color: var(--_text);
    background: var(--_background);
  }

  .filter-count {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  @media (forced-colors: active) {
    .filter input {
      border-color: CanvasText;
    }
  }

  /* Last, as it overrides the rules above: a printout lists every name, even while the reader
     has a filter typed, and leaves out the toggle and the filter. */
  @media print {
    .toggle,
    .filter,
    #signatory-matches {
      display: none;
    }
    #signatory-list[hidden] {
      display: block;
      content-visibility: visible;
    }
    .country {
      color: #333;
    }
  }
`;
