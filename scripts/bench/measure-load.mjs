// Navigation → statement text painted, for one fresh page load.
import { openPage } from '../lib/browser.mjs';
import { settle } from './pages.mjs';

/**
 * @param {{ timeoutMs?: number, network?: { latency: number, downloadThroughput: number, uploadThroughput: number } }} [options]
 *   network: Chromium's network emulation (CDP Network.emulateNetworkConditions; latency in ms,
 *   throughputs in bytes/s), applied before navigating
 * @returns {Promise<{ lcp: number, raf: number, defined: number }>} in ms since navigation
 *   start (performance.timeOrigin): LCP's renderTime of the last (largest) entry, the rAF
 *   probe, and when the bundle defined <joint-statement> (0 on the static page).
 */
export async function measureLoad(browser, url, { timeoutMs = 30000, network } = {}) {
  const page = await openPage(browser, { timeoutMs });
  try {
    if (network) {
      const session = await page.createCDPSession();
      await session.send('Network.enable');
      await session.send('Network.emulateNetworkConditions', { offline: false, ...network });
    }
    await page.goto(url, { waitUntil: 'load' });
    const raf = await page.evaluate(
      (limit) =>
        new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('the statement was never painted')), limit);
          window.__painted.then((time) => {
            clearTimeout(timer);
            resolve(time);
          });
        }),
      timeoutMs,
    );
    // LCP entries are reported after the frame is presented: give them two frames to arrive.
    await settle(page, 150);
    const entries = await page.evaluate(() => window.__lcp);
    if (!entries.length) throw new Error(`no largest-contentful-paint entry for ${url}`);
    return { lcp: entries.at(-1).time, raf, defined: await page.evaluate(() => window.__defined) };
  } finally {
    await page.close().catch(() => {});
  }
}
