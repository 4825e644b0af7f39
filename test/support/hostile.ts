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
  for (const [name, selector] of [
    ['translation note', '.note'],
    ['signatory summary', '.summary'],
  ]) {
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
