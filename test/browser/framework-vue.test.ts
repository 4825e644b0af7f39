// Vue 3 as partners use it (isCustomElement set, lang and expanded bound, @events heard).
import 'joint-statement';
import { mountVueApp } from '../frameworks/vue-app.js';
import { livePartnerPage } from '../support/partner-app.js';

describe('in a Vue 3 app', () => {
  it('follows Vue state, tells Vue what the reader did, and unmounts cleanly', () =>
    livePartnerPage('Vue', (container, events) => {
      const app = mountVueApp(container, events);
      return () => app.unmount();
    }));
});
