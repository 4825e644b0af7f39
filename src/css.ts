import { unsafeCSS } from 'lit';

/**
 * The styles' tag: Lit's `css` checks at run time that every interpolation is a css`` result,
 * and its error text would ship in every bundle. Here the interpolations are this project's
 * own palettes, never page data, so the text is joined as it is.
 */
export const css = (strings: TemplateStringsArray, ...values: unknown[]) => unsafeCSS(String.raw({ raw: strings }, ...values));
