// Vue 3 as partners use it (isCustomElement set, lang and expanded bound, @events heard).
import { expect, waitUntil } from '@open-wc/testing';
import 'joint-statement';
import { mountVueApp } from '../frameworks/vue-app.js';
import { drivePageToWidget, driveWidgetToPage, noEvents, pageState, statementIn, watchConsole } from '../support/partner-app.js';
import { titleOf } from '../support/widget.js';

describe('in a Vue 3 app', () => {
  it('follows Vue state, tells Vue what the reader did, and unmounts cleanly', async () => {
    const console$ = watchConsole();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const events = noEvents();
      const app = mountVueApp(container, events);
      await waitUntil(() => container.querySelector('joint-statement')?.shadowRoot, 'Vue did not render the element');
      const el = statementIn(container);
      await el.updateComplete;
      expect(titleOf(el).textContent).to.match(/^Organizaciones de derechos humanos/);
      await drivePageToWidget(container);
      await driveWidgetToPage(container);
      expect(events).to.deep.equal({ languageChanges: ['en'], toggles: [false] });
      expect(pageState(container)).to.equal('en collapsed');
      app.unmount();
      expect(container.querySelector('joint-statement')).to.equal(null);
      expect(console$.messages).to.deep.equal([]);
    } finally {
      console$.restore();
      container.remove();
    }
  });
});
