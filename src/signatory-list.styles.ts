import { css } from 'lit';

export const signatoryListStyles = css`
  .summary {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  li[hidden] {
    display: none;
  }

  /* Thousands of names: the browser lays out only those near the viewport, but they all stay
     in the DOM for find-in-page and screen readers. */
  li {
    content-visibility: auto;
    contain-intrinsic-size: auto 1.6em;
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

  .filter input:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
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

  @media print {
    .filter {
      display: none;
    }
  }
`;
