// What the browser painted, for checks that computed styles cannot answer (forced colours
// repaint text and backgrounds after the cascade).
import { executeServerCommand } from '@web/test-runner-commands';

export type Rgb = [red: number, green: number, blue: number];

/**
 * Turns on (or off) the forced-colours emulation of Windows contrast themes. False where
 * the driver cannot emulate it: only the DevTools protocol (Chromium) can. Firefox has
 * forced colours only from a preference read at start-up, and WebKit has none.
 */
export function emulateForcedColours(active: boolean, scheme?: 'light' | 'dark'): Promise<boolean> {
  return executeServerCommand<boolean, { active: boolean; scheme?: string }>('emulate-forced-colors', { active, scheme });
}

/** The box of an element's text itself (a button's label, not the button). */
export function textBoxOf(node: Element): DOMRect {
  const range = node.ownerDocument.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
}

/**
 * Every pixel painted inside `box` (viewport coordinates, shrunk to whole pixels), as
 * colours with how often each occurs, most frequent first. Undefined where the driver
 * takes no screenshots of a region (WebKitGTK over WebDriver).
 */
export async function paintedColours(box: DOMRect): Promise<[Rgb, number][] | undefined> {
  const x = Math.ceil(box.left + scrollX);
  const y = Math.ceil(box.top + scrollY);
  const width = Math.floor(box.right + scrollX) - x;
  const height = Math.floor(box.bottom + scrollY) - y;
  const png = await executeServerCommand<string | null, object>('screenshot', { x, y, width, height });
  if (!png) return undefined;
  const image = new Image();
  image.src = `data:image/png;base64,${png}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [image.naturalWidth, image.naturalHeight];
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const counts = new Map<string, number>();
  for (let i = 0; i < data.length; i += 4) {
    const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([key, count]) => [key.split(',').map(Number) as Rgb, count]);
}

/** WCAG relative luminance contrast of two colours, 1 (none) to 21. */
function contrastRatio(a: Rgb, b: Rgb): number {
  const luminance = ([r, g, b]: Rgb) => {
    const [lr, lg, lb] = [r, g, b].map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The most frequent colour (the background) and the colour that stands out most from it (the text). */
export function backgroundAndInk(colours: [Rgb, number][]): { background: Rgb; ink: Rgb; contrast: number } {
  const background = colours[0][0];
  let ink = background;
  for (const [colour] of colours) if (contrastRatio(colour, background) > contrastRatio(ink, background)) ink = colour;
  return { background, ink, contrast: contrastRatio(ink, background) };
}

/**
 * How a CSS colour (a system colour keyword, say) paints on this page's own background:
 * system colours may be translucent (Chromium's emulated Highlight is), so the value alone
 * does not say what the reader sees.
 */
export async function paintedSwatch(colour: string): Promise<Rgb | undefined> {
  const swatch = document.createElement('div');
  swatch.style.cssText = `width: 20px; height: 20px; background: ${colour}; forced-color-adjust: none`;
  document.body.append(swatch);
  try {
    return (await paintedColours(swatch.getBoundingClientRect()))?.[0][0];
  } finally {
    swatch.remove();
  }
}
