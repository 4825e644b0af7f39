import { css } from './css.js';
import { PALETTES } from './palette.js';

// The public custom properties override the defaults (palette.js).
const lightPalette = css`
  --_accent: var(--joint-statement-accent, ${PALETTES.light.accent});
  --_text: var(--joint-statement-text, ${PALETTES.light.text});
  --_background: var(--joint-statement-background, ${PALETTES.light.background});
  --_muted: ${PALETTES.light.muted};
  --_border: var(--joint-statement-border, color-mix(in srgb, var(--_text) 20%, transparent));
`;

const darkPalette = css`
  --_accent: var(--joint-statement-accent, ${PALETTES.dark.accent});
  --_text: var(--joint-statement-text, ${PALETTES.dark.text});
  --_background: var(--joint-statement-background, ${PALETTES.dark.background});
  --_muted: ${PALETTES.dark.muted};
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
    max-width: var(--joint-statement-max-width, 42em);
    /* At most 5 % of the column at each side: with 200 % text on a 320 px phone, padding
       sized from the text alone would take a third of the width (WCAG 1.4.10). */
    padding: 1.25em min(1.5em, 5%);
    border: 1px solid var(--_border);
    border-radius: var(--joint-statement-radius, 0.5em);
    color: var(--_text);
    background: var(--_background);
    /* The partner's typeface is inherited on purpose; the rest is reset because host themes
       often set these for headings or menus and they would harm long-form reading here. */
    font-family: var(--joint-statement-font, inherit);
    /* The page's text size, never below the browser's: on themes with "html { font-size:
       62.5% }" 1rem is 10 px while the article is 16 px. Both follow the reader's browser
       font size. Sizes inside are in em, from this one. */
    font-size: max(1em, 1rem);
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
    /* A long word ("Organizações" in 200 % text on a phone) breaks rather than run past
       the widget's edge; prose hyphenates first where the browser knows the language. */
    overflow-wrap: anywhere;
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
    gap: 0.5em;
    margin: 0 0 1em;
  }

  /* The browser's button defaults reset the text properties; inheriting them lets a reader's
     text spacing (WCAG 1.4.12), set on the page and so on this element, reach the labels. */
  button {
    font: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    font-size: 0.9375em;
    /* 2.75 of the widget's em (44 px at the default size): a comfortable touch target. */
    min-height: calc(2.75em / 0.9375);
    padding: 0.5em 0.875em;
    border: 1px solid var(--_accent);
    border-radius: 0.4em;
    color: var(--_accent);
    background: var(--_background);
    cursor: pointer;
    transition: background-color 120ms ease-out, color 120ms ease-out;
  }

  button[aria-pressed='true'] {
    color: var(--_background);
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

  /* The line height is the widget's (or the reader's text spacing), inherited. */
  .title {
    margin: 0 0 0.375em;
    font-size: 1.375em;
    font-weight: 700;
  }

  .title,
  .body p {
    hyphens: auto;
  }

  .note,
  .date,
  .source {
    color: var(--_muted);
  }

  .note,
  .date {
    margin: 0 0 0.8em;
    font-size: 0.9375em;
  }

  .body p {
    margin: 0 0 1em;
  }

  .source {
    margin: 1.0625em 0 0;
    font-size: 0.9375em;
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
