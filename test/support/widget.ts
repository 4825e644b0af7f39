// How tests look at the widget: by role and visible text, as a reader would.
import { sendKeys } from '@web/test-runner-commands';
import '../../src/joint-statement-define.js';
import type { JointStatement } from '../../src/joint-statement.js';

export type { JointStatement };

export function shadowOf(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/**
 * Shown to a reader: has a layout box (not display:none, not hidden) and is not inside
 * skipped content (`content-visibility: hidden` keeps boxes, so only checkVisibility tells).
 */
export function isShown(node: Element): boolean {
  return node.getClientRects().length > 0 && node.checkVisibility();
}

export function titleOf(el: Element): HTMLElement {
  return shadowOf(el).querySelector<HTMLElement>('[part="title"]')!;
}

export function paragraphsOf(el: Element): HTMLElement[] {
  return [...shadowOf(el).querySelectorAll<HTMLElement>('[part="body"] p')];
}

export function languageButtons(el: Element): HTMLButtonElement[] {
  return [...shadowOf(el).querySelectorAll<HTMLButtonElement>('[part="switcher"] button')];
}

export function languageButton(el: Element, name: string): HTMLButtonElement {
  const button = languageButtons(el).find((b) => b.textContent!.trim() === name);
  if (!button) throw new Error(`no language button named ${name}`);
  return button;
}

/** The language the widget shows, as its article's `lang` says (what screen readers read it in). */
export function shownLang(el: Element): string {
  return shadowOf(el).querySelector('article')!.lang;
}

/**
 * Types into the signatory filter as a reader would, key by key: WebKitWebDriver's `type`
 * drops a character repeated in a row ("0001" → "01").
 */
export async function typeInto(el: JointStatement, text: string): Promise<void> {
  shadowOf(el).querySelector<HTMLInputElement>('[part="filter"]')!.focus();
  for (const key of text) await sendKeys({ press: key });
  await el.updateComplete;
}

export function toggleOf(el: Element): HTMLButtonElement | null {
  return shadowOf(el).querySelector<HTMLButtonElement>('[part="toggle"]');
}

/** The signatories a reader sees, as their text ("Acción Solidaria, Venezuela"). */
export function shownSignatories(el: Element): string[] {
  return [...shadowOf(el).querySelectorAll('[part="signatories"] li')].filter(isShown).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
}

/** Text of the whole widget as a reader perceives it. */
export function visibleText(el: Element): string {
  return (shadowOf(el).querySelector('article') as HTMLElement).innerText;
}

/**
 * Collects console.warn calls for the duration of a test, keeping the console clean; `target`
 * is another window's console for a widget in a frame.
 */
export function captureWarnings(target: Console = console): { messages: string[]; restore: () => void } {
  const original = target.warn;
  const messages: string[] = [];
  target.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (target.warn = original) };
}

/**
 * The colour transitions running in a widget have ended: a check of what the reader sees at
 * rest (axe's contrast rule) must not catch a language button half-way between its colours.
 */
export async function transitionsDone(el: Element): Promise<void> {
  await Promise.all(
    shadowOf(el)
      .getAnimations()
      .map((animation) => animation.finished),
  );
}

export async function settled(el: JointStatement): Promise<void> {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await transitionsDone(el);
}
