/**
 * Test-runner plugin for what a reader sets in the browser and only a driver can set:
 * - `emulate-forced-colors` `{ active, scheme? }`: Windows contrast themes, light or dark (forced colours), over the
 *   DevTools protocol. Answers false where the driver cannot (Firefox over WebDriver BiDi,
 *   WebKitGTK over classic WebDriver), so a test can feature-detect it instead of naming engines.
 * - `screenshot` `{ x, y, width, height }`: a PNG (base64) of that part of the page, in CSS
 *   pixels from the document's top left, so a test can check what is painted. Null where the
 *   driver has no page to ask (WebKitGTK).
 */
export function devtoolsCommandsPlugin() {
  // Emulation lasts as long as the DevTools session that asked for it.
  const emulating = new Map();
  return {
    name: 'devtools-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-forced-colors') {
        const page = pageOf(session);
        if (!page) return false;
        let cdp = emulating.get(session.id);
        if (!cdp) {
          try {
            cdp = await page.createCDPSession();
          } catch {
            return false; // a BiDi session has no DevTools protocol
          }
          emulating.set(session.id, cdp);
        }
        const features = [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }];
        // A dark contrast theme: Chromium picks its forced palette by the colour scheme.
        if (payload.active && payload.scheme) features.push({ name: 'prefers-color-scheme', value: payload.scheme });
        await cdp.send('Emulation.setEmulatedMedia', { features });
        if (!payload.active) {
          emulating.delete(session.id);
          await cdp.detach().catch(() => {});
        }
        return true;
      }
      if (command === 'screenshot') {
        const page = pageOf(session);
        if (!page) return null;
        const { x, y, width, height } = payload;
        return page.screenshot({ encoding: 'base64', clip: { x, y, width, height } });
      }
      return undefined;
    },
  };
}

/** The Puppeteer page of a test session, or undefined for drivers without one. */
export function pageOf(session) {
  return typeof session.browser.getPage === 'function' ? session.browser.getPage(session.id) : undefined;
}
