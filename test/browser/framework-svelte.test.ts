// Svelte 5 as partners use it: the page compiled by Svelte's own compiler, lang and expanded bound,
// onlanguage-change and onsignatories-toggle heard.
import 'joint-statement';
import { mountSvelteApp } from '../frameworks/svelte-app.js';
import { livePartnerPage } from '../support/partner-app.js';

describe('in a Svelte 5 app', () => {
  it('follows Svelte state, tells Svelte what the reader did, and unmounts cleanly', () => livePartnerPage('Svelte', mountSvelteApp));
});
