// Pages in iframes: for what the top-level test page cannot show, such as its own colour scheme.

/**
 * Opens a page in an iframe and waits until its <joint-statement> elements have rendered.
 * `colorScheme` sets the iframe's `color-scheme`, which every engine passes to the framed
 * page as its `prefers-color-scheme`: dark mode without driver-specific media emulation.
 */
export async function openFramedPage(path: string, colorScheme?: 'light' | 'dark'): Promise<Window> {
  const frame = document.createElement('iframe');
  if (colorScheme) frame.style.colorScheme = colorScheme;
  frame.width = '900';
  frame.height = '700';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('joint-statement');
  await Promise.all([...win.document.querySelectorAll<any>('joint-statement')].map((el) => el.updateComplete));
  return win;
}

export function closeFramedPages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}
