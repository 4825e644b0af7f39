import { css } from 'lit';

// Defaults meet WCAG AA on each other; the public custom properties override them.
const lightPalette = css`
  --_accent: var(--joint-statement-accent, #0a58a8);
  --_text: var(--joint-statement-text, #1f2328);
  --_background: var(--joint-statement-background, #ffffff);
  --_muted: #535b65;
  --_on-accent: var(--joint-statement-background, #ffffff);
  --_border: var(--joint-statement-border, color-mix(in srgb, var(--_text) 20%, transparent));
`;

const darkPalette = css`
  --_accent: var(--joint-statement-accent, #8cc2ff);
  --_text: var(--joint-statement-text, #e6e8eb);
  --_background: var(--joint-statement-background, #16191d);
  --_muted: #abb3bd;
  --_on-accent: var(--joint-statement-background, #16191d);
  --_border: var(--joint-statement-border, color-mix(in srgb, var(--_text) 20%, transparent));
`;

export const styles = css`
  :host {
    ${lightPalette}
    display: block;
    /* !important: a page's "* { box-sizing: content-box !important }" also matches the host,
       and only an important declaration of the shadow context wins over the page's. The
       widget's layout is its own business; display, margins and hiding stay the partner's. */
    box-sizing: border-box !important;
    max-width: var(--joint-statement-max-width, 42rem);
    padding: 1.25rem 1.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--joint-statement-radius, 0.5rem);
    color: var(--_text);
    background: var(--_background);
    /* The partner's typeface is inherited on purpose; the rest is reset because host themes
       often set these for headings or menus and they would harm long-form reading here. */
    font-family: var(--joint-statement-font, inherit);
    font-size: 1rem;
    font-style: normal;
    font-weight: normal;
    line-height: 1.55;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    /* Direction follows the shown language, not the page: a Spanish statement on an Arabic
       page still reads left to right. The article carries the shown language's dir. */
    direction: ltr;
  }

  /* theme="auto" (or anything but light/dark) follows the reader's system setting. */
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }

  :host([theme='dark']) {
    ${darkPalette}
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  article {
    margin: 0;
  }

  .switcher {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }

  button {
    font: inherit;
    font-size: 0.9375rem;
    line-height: 1.3;
    min-height: 2.75rem;
    padding: 0.5rem 0.875rem;
    border: 1px solid var(--_accent);
    border-radius: 0.375rem;
    color: var(--_accent);
    background: var(--_background);
    cursor: pointer;
    transition: background-color 120ms ease-out, color 120ms ease-out;
  }

  button[aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    font-weight: 600;
  }

  button:hover {
    text-decoration: underline;
  }

  /* Buttons, links and the signatory filter share one focus ring. */
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .title {
    margin: 0 0 0.5rem;
    font-size: 1.375rem;
    line-height: 1.3;
    font-weight: 700;
  }

  .note,
  .date,
  .source {
    color: var(--_muted);
  }

  .note,
  .date {
    margin: 0 0 0.75rem;
    font-size: 0.9375rem;
  }

  .body p {
    margin: 0 0 1em;
  }

  .source {
    margin: 1rem 0 0;
    font-size: 0.9375rem;
  }

  @media (prefers-reduced-motion: reduce) {
    button {
      transition: none;
    }
  }

  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
    /* Chromium paints a backplate of the theme's background behind text in forced colours:
       on a Highlight button that blanked the label. This button paints the theme's own
       Highlight pair itself, so it stays readable and follows the reader's colours. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      max-width: none;
      padding: 0;
      border: 0;
      color: #000;
      background: #fff;
    }
    .switcher {
      display: none;
    }
    a {
      color: inherit;
    }
    .note,
    .date,
    .source {
      color: #333;
    }
  }
`;
