// Mounts the Svelte page (PartnerPage.svelte, compiled by Svelte's compiler for the test run).
import { mount, unmount } from 'svelte';
import PartnerPage from './PartnerPage.svelte';
import type { AppEvents } from './partner-page.js';

/** Returns the page's unmount. */
export function mountSvelteApp(target: Element, events: AppEvents): () => Promise<void> {
  const page = mount(PartnerPage, { target, props: { events } });
  return () => unmount(page);
}
