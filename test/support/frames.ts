// Pages in iframes: for what the top-level test page cannot show, such as its own colour
// scheme, its own Content-Security-Policy or a partner page's hostile CSS.

export interface FrameOptions {
  width?: number;
  height?: number;
  /**
   * The iframe's `color-scheme`, which Chromium and Firefox pass to the framed page as its
   * `prefers-color-scheme`: dark mode without driver-specific media emulation.
   */
  colorScheme?: 'light' | 'dark';
  /** Wait until the page's <joint-statement> elements have rendered (the default), or only for its load event. */
  widgets?: boolean;
}

/** Opens a page in an iframe; by default waits until its <joint-statement> elements have rendered. */
export async function openFrame(path: string, { width = 900, height = 700, colorScheme, widgets = true }: FrameOptions = {}): Promise<Window> {
  const frame = document.createElement('iframe');
  if (colorScheme) frame.style.colorScheme = colorScheme;
  frame.width = String(width);
  frame.height = String(height);
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
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
