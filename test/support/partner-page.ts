// A partner's page of its own (its CSS, its width, its text) with the built widget in it, in
// an iframe: for what depends on the page around the widget and on the window's size.
import { openFrame } from './frames.js';
import type { JointStatement } from './widget.js';
import { builtDir } from './built-statement.js';

export interface PartnerPage {
  win: Window;
  el: JointStatement;
}

/**
 * Opens `<body>` markup (holding one `<joint-statement>`) under the page CSS given, in an
 * iframe of the size given, and waits for the widget to render.
 */
export async function openPartnerPage(css: string, body: string, width = 900, height = 700): Promise<PartnerPage> {
  const srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style>
    <script src="${builtDir}/joint-statement.js"></script></head><body>${body}</body></html>`;
  const win = await openFrame({ srcdoc }, { width, height });
  const el = win.document.querySelector<JointStatement>('joint-statement')!;
  return { win, el };
}

/**
 * Each box or line of text of the widget that reaches past the widget's content box (into
 * its padding or beyond its border), described for the failure message. Empty when all fits.
 */
export function partsPastTheBox(el: JointStatement): string[] {
  const doc = el.ownerDocument;
  const style = doc.defaultView!.getComputedStyle(el);
  const box = el.getBoundingClientRect();
  const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) - 0.5;
  const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) + 0.5;
  const past: string[] = [];
  const walker = doc.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let rects: DOMRect[];
    if (node instanceof doc.defaultView!.Element) rects = [...(node as Element).getClientRects()];
    else {
      const range = doc.createRange();
      range.selectNodeContents(node);
      rects = [...range.getClientRects()];
    }
    for (const rect of rects) {
      if (rect.width > 0 && (rect.left < left || rect.right > right)) {
        const what = node.nodeType === Node.TEXT_NODE ? `text "${node.textContent!.trim().slice(0, 40)}"` : `<${(node as Element).localName}>`;
        past.push(`${what} spans ${Math.round(rect.left)}–${Math.round(rect.right)} px, the box ${Math.round(left)}–${Math.round(right)} px`);
      }
    }
  }
  return past;
}
