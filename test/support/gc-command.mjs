/**
 * Test-runner plugin: `executeServerCommand('collect-garbage')` runs a full garbage
 * collection where the driver can ask for one (Chromium, over the DevTools protocol) and
 * answers false elsewhere, so a leak test can feature-detect it instead of naming engines.
 * Firefox over WebDriver BiDi and WebKitGTK over classic WebDriver have no such call.
 */
import { pageOf } from './devtools-commands.mjs';

export function collectGarbagePlugin() {
  return {
    name: 'collect-garbage-command',
    async executeCommand({ command, session }) {
      if (command !== 'collect-garbage') return undefined;
      const page = pageOf(session);
      if (!page) return false;
      let cdp;
      try {
        cdp = await page.createCDPSession();
      } catch {
        return false; // a BiDi session has no DevTools protocol
      }
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        return true;
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}
