// What the framework tests share: a console that must stay silent, and the partner page's
// own controls and state line, next to the widget it drives.
import { expect, waitUntil } from '@open-wc/testing';
import type { AppEvents } from '../frameworks/partner-page.js';
import { languageButton, titleOf, toggleOf, type JointStatement } from './widget.js';

export type { AppEvents };

export function noEvents(): AppEvents {
  return { languageChanges: [], toggles: [] };
}

/** Records console.error and console.warn (frameworks report mismatches there) until restored. */
export function watchConsole(): { messages: string[]; restore: () => void } {
  const { error, warn } = console;
  const messages: string[] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) => {
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
function pageState(page: Element): string {
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

/**
 * A partner page's whole life in one framework: `mount` renders the page (Spanish, collapsed)
 * into a container and returns how to unmount it. The widget shows the page's language,
 * follows the page's state, the page hears the reader's choices with their detail, and after
 * unmounting nothing is left and nothing was printed to the console.
 */
export async function livePartnerPage(framework: string, mount: (container: HTMLElement, events: AppEvents) => () => unknown): Promise<void> {
  const console$ = watchConsole();
  const container = document.createElement('div');
  document.body.append(container);
  try {
    const events = noEvents();
    const unmount = mount(container, events);
    await waitUntil(() => container.querySelector('joint-statement')?.shadowRoot, `${framework} did not render the element`);
    const el = statementIn(container);
    await el.updateComplete;
    expect(titleOf(el).textContent).to.match(/^Organizaciones de derechos humanos/);
    await drivePageToWidget(container);
    await driveWidgetToPage(container);
    expect(events).to.deep.equal({ languageChanges: ['en'], toggles: [false] });
    expect(pageState(container)).to.equal('en collapsed');
    await unmount();
    expect(container.querySelector('joint-statement')).to.equal(null);
    expect(console$.messages).to.deep.equal([]);
  } finally {
    console$.restore();
    container.remove();
  }
}
