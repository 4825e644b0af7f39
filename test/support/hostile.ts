// Helpers for the hostile-embedding tests: pages in iframes that record what happened in them,
// and the parts of a widget a reader sees, to compare one embedding with another.
import { languageButtons, paragraphsOf, shadowOf, titleOf, toggleOf } from './widget.js';

/** What test/fixtures/hostile/record-page-events.js collected inside a framed page. */
export interface PageRecord {
  violations: string[];
  errors: string[];
  requests: string[];
}

export function recordOf(win: Window): PageRecord {
  const recorded = (win as Window & { recorded?: PageRecord }).recorded;
  if (!recorded) throw new Error('the page did not load record-page-events.js');
  return recorded;
}

/** Opens a page in an iframe and waits for its load event only (it may hold no widget). */
export async function openFrame(path: string, width = 900, height = 700): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentWindow!;
}

/** Like openFramedPage, at a chosen size (tall enough, no scrollbar narrows the page), waiting for its widgets. */
export async function openWidgetFrame(path: string, width = 900, height = 700): Promise<Window> {
  const win = await openFrame(path, width, height);
  await win.customElements.whenDefined('joint-statement');
  await Promise.all([...win.document.querySelectorAll<any>('joint-statement')].map((el) => el.updateComplete));
  return win;
}

/** Lets queued events (violation reports, performance entries) reach their listeners. */
export function afterEvents(win: Window = window): Promise<void> {
  return new Promise((resolve) => win.requestAnimationFrame(() => win.setTimeout(resolve, 50)));
}

/** Waits for the page's next Content-Security-Policy violation report, or fails after a second. */
export function nextViolation(win: Window): Promise<SecurityPolicyViolationEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no securitypolicyviolation event within 1 s')), 1000);
    win.document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        clearTimeout(timer);
        resolve(event);
      },
      { once: true },
    );
  });
}

/** Every part a reader sees, by a stable name, so two embeddings can be compared part by part. */
export function partsOf(el: Element): Map<string, Element> {
  const root = shadowOf(el);
  const parts = new Map<string, Element>([
    ['host', el],
    ['title', titleOf(el)],
    ['switcher', root.querySelector('[part="switcher"]')!],
    ['toggle', toggleOf(el)!],
    ['signatories heading', root.querySelector('.signatories-heading')!],
    ['source link', root.querySelector('.source a')!],
  ]);
  for (const [name, selector] of [['translation note', '.note'], ['signatory summary', '.summary']]) {
    const part = root.querySelector(selector);
    if (part) parts.set(name, part);
  }
  paragraphsOf(el).forEach((p, i) => parts.set(`paragraph ${i + 1}`, p));
  languageButtons(el).forEach((button) => parts.set(`${button.lang} button`, button));
  root.querySelectorAll('li').forEach((li, i) => parts.set(`signatory ${i + 1}`, li));
  return parts;
}

/** Rendered size, to the half pixel. */
export function sizeOf(node: Element): { width: number; height: number } {
  const { width, height } = node.getBoundingClientRect();
  return { width: Math.round(width * 2) / 2, height: Math.round(height * 2) / 2 };
}

export function styleOf(node: Element): CSSStyleDeclaration {
  return node.ownerDocument.defaultView!.getComputedStyle(node);
}
