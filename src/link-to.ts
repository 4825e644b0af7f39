import { html } from 'lit';

/**
 * The schemes the widget links. The content build refuses every other, but a statement handed to
 * the element from code (a subclass, an app) never passes through it, and a `javascript:` link
 * would run script on the partner's page for the reader who follows it.
 */
const LINKABLE = ['http:', 'https:', 'mailto:'];

/**
 * Whether the widget links `url`: an absolute http(s) or mailto address, read by the browser's
 * own URL parser (which drops the tabs and leading spaces that hide `java\tscript:`).
 */
export function isLinkable(url: string | undefined): url is string {
  try {
    return LINKABLE.includes(new URL(url!).protocol);
  } catch {
    return false;
  }
}

/** `content` as a link to `url`, or as plain text where the widget does not link that address. */
export const linkTo = (url: string | undefined, content: unknown) => (isLinkable(url) ? html`<a href=${url}>${content}</a>` : content);
