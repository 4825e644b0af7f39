// React 19 as partners use it: client rendering, server rendering then hydration, and the
// `joint-statement/react` wrapper. Each binds lang and expanded from React state and hears
// both events, and React's development build must print nothing.
import { expect } from '@open-wc/testing';
import { hydrate, renderInBrowser, renderOnServer } from '../frameworks/react-app.js';
import { drivePageToWidget, driveWidgetToPage, livePartnerPage, noEvents, statementIn, watchConsole } from '../support/partner-app.js';

describe('in a React 19 app', () => {
  for (const wrapper of [false, true]) {
    const label = wrapper ? 'through joint-statement/react' : 'as <joint-statement>';
    it(`${label}: follows React state, tells React what the reader did, and unmounts cleanly`, () =>
      livePartnerPage('React', (container, events) => {
        const root = renderInBrowser(container, events, wrapper);
        return () => root.unmount();
      }));
  }

  it('hydrates server-rendered HTML without a mismatch, then works', async () => {
    const console$ = watchConsole();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      const events = noEvents();
      const html = renderOnServer(events);
      expect(html).to.contain('<joint-statement lang="es">');
      // As the server's page arrives: the element (already defined here) upgrades on parse.
      container.innerHTML = html;
      const el = statementIn(container);
      await el.updateComplete;
      const recoverable: unknown[] = [];
      const root = hydrate(container, events, (error) => recoverable.push(error));
      await drivePageToWidget(container);
      expect(statementIn(container)).to.equal(el, 'React kept the server-rendered element');
      await driveWidgetToPage(container);
      expect(events).to.deep.equal({ languageChanges: ['en'], toggles: [false] });
      root.unmount();
      expect(recoverable).to.deep.equal([]);
      expect(console$.messages).to.deep.equal([]);
    } finally {
      console$.restore();
      container.remove();
    }
  });
});
