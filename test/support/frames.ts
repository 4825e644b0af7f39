// Pages in iframes: for what the top-level test page cannot show, such as its own colour
// scheme, its own Content-Security-Policy or a partner page's hostile CSS.
import { waitUntil } from '@open-wc/testing';

export interface FrameOptions {
  width?: number;
  height?: number;
  /** CSS for the iframe element itself: where it sits in the test page, its border. */
  style?: string;
  /**
   * The iframe's `color-scheme`, which Chromium and Firefox pass to the framed page as its
   * `prefers-color-scheme`: dark mode without driver-specific media emulation.
   */
  colorScheme?: 'light' | 'dark';
  /** false: the iframe is sandboxed without scripts (same origin kept), as for a reader with JavaScript off. */
  scripts?: boolean;
  /** Something else the page must have done once loaded, before its widgets are waited for; `message` names it when it does not come. */
  until?: { condition: (win: Window & typeof globalThis) => unknown; message: string };
  /** Wait until the page's <joint-statement> elements have rendered (the default), or only for its load event (and `until`). */
  widgets?: boolean;
}

/**
 * Opens a page in an iframe, from its path or from its markup (srcdoc documents resolve URLs
 * against the test page, so /dist loads as from a partner's page); by default waits until its
 * <joint-statement> elements have rendered.
 */
export async function openFrame(
  page: string | { srcdoc: string },
  { width = 900, height = 700, style, colorScheme, scripts = true, until, widgets = true }: FrameOptions = {},
): Promise<Window> {
  const frame = document.createElement('iframe');
  if (style) frame.style.cssText = style;
  if (colorScheme) frame.style.colorScheme = colorScheme;
  if (!scripts) frame.sandbox.add('allow-same-origin');
  frame.width = String(width);
  frame.height = String(height);
  if (typeof page === 'string') frame.src = page;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  // A loaded machine may take seconds.
  if (until) await waitUntil(() => until.condition(win), until.message, { timeout: 8000 });
  if (widgets) {
    await win.customElements.whenDefined('joint-statement');
    await Promise.all([...win.document.querySelectorAll<any>('joint-statement')].map((el) => el.updateComplete));
  }
  return win;
}

/** Removes every frame a test opened. */
export function closeFrames(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}
