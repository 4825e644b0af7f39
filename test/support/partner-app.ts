// What the framework tests share: a console that must stay silent, and the partner page's
// own controls and state line, next to the widget it drives.
import { waitUntil } from '@open-wc/testing';
import type { AppEvents } from '../frameworks/partner-page.js';
import { languageButton, toggleOf, type JointStatement } from './widget.js';

export type { AppEvents };

export function noEvents(): AppEvents {
  return { languageChanges: [], toggles: [] };
}

/** Records console.error and console.warn (frameworks report mismatches there) until restored. */
export function watchConsole(): { messages: string[]; restore: () => void } {
  const { error, warn } = console;
  const messages: string[] = [];
  const record = (level: string) => (...args: unknown[]) => {
    messages.push(`${level}: ${args.map(String).join(' ')}`);
  };
  console.error = record('error');
  console.warn = record('warn');
  return {
    messages,
    restore: () => {
      console.error = error;
      console.warn = warn;
    },
  };
}

export function statementIn(page: Element): JointStatement {
  const el = page.querySelector<JointStatement>('joint-statement');
  if (!el) throw new Error('the partner page shows no <joint-statement>');
  return el;
}

/** The partner page's own line showing its state, e.g. "es collapsed". */
export function pageState(page: Element): string {
  return page.querySelector('#state')!.textContent!.replace(/\s+/g, ' ').trim();
}

/** The page sets lang and expanded from its own state: the widget follows. */
export async function drivePageToWidget(page: Element): Promise<void> {
  const el = statementIn(page);
  page.querySelector<HTMLButtonElement>('#portuguese')!.click();
  await waitUntil(() => el.shownLanguage === 'pt', 'the widget did not follow the page to Portuguese');
  page.querySelector<HTMLButtonElement>('#expand')!.click();
  await waitUntil(() => el.expanded && toggleOf(el)!.getAttribute('aria-expanded') === 'true', 'the widget did not expand');
}

/** The reader uses the widget: its events reach the page, whose state follows. */
export async function driveWidgetToPage(page: Element): Promise<void> {
  const el = statementIn(page);
  await el.updateComplete;
  languageButton(el, 'English').click();
  await waitUntil(() => pageState(page).startsWith('en '), `the page did not hear the language change (${pageState(page)})`);
  toggleOf(el)!.click();
  const expected = el.expanded ? 'en expanded' : 'en collapsed';
  await waitUntil(() => pageState(page) === expected, `the page did not hear the toggle (${pageState(page)})`);
}
