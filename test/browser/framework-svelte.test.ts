// Svelte 5 as partners use it: the page compiled by Svelte's own compiler, lang and expanded bound,
// onlanguage-change and onsignatories-toggle heard.
import { expect, waitUntil } from '@open-wc/testing';
import 'joint-statement';
import { mountSvelteApp } from '../frameworks/svelte-app.js';
import { drivePageToWidget, driveWidgetToPage, noEvents, pageState, statementIn, watchConsole } from '../support/partner-app.js';
import { titleOf } from '../support/widget.js';

describe('in a Svelte 5 app', () => {
  it('follows Svelte state, tells Svelte what the reader did, and unmounts cleanly', async () => {
    const console$ = watchConsole();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const events = noEvents();
      const unmount = mountSvelteApp(container, events);
      await waitUntil(() => container.querySelector('joint-statement')?.shadowRoot, 'Svelte did not render the element');
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
  });
});
