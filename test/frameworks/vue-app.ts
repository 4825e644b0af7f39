// Mounts the Vue page (PartnerPage.vue, compiled by Vue's SFC compiler for the test run, with
// <joint-statement> declared a custom element as a partner's Vite config declares it).
import { createApp, type App } from 'vue';
import PartnerPage from './PartnerPage.vue';
import type { AppEvents } from './partner-page.js';

export function mountVueApp(container: Element, events: AppEvents): App {
  const app = createApp(PartnerPage, { events });
  app.mount(container);
  return app;
}
