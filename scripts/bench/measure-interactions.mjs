// Interactions with the 10,000-signatory widget, each timed from the input event's timeStamp
// (when the browser received the click or key) to the end of the next rendered frame
// (requestAnimationFrame, then a MessageChannel message: style, layout and paint are done).
import { openPage } from '../lib/browser.mjs';
import { settle } from './pages.mjs';

/** Installs the probe: arm(startType, frameType) resolves with ms from startType's event to the frame after frameType's. */
function installProbe(page) {
  return page.evaluate(() => {
    window.__arm = (startType, frameType, limit) => {
      let start;
      window.__pending = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${frameType} event within ${limit} ms`)), limit);
        addEventListener(startType, (event) => (start = event.timeStamp), { capture: true, once: true });
        addEventListener(
          frameType,
          () =>
            window.__afterNextFrame((end) => {
              clearTimeout(timer);
              resolve(end - start);
            }),
          { capture: true, once: true },
        );
      });
    };
    // From the next click: frames until `total` names are in #signatory-list, and the
    // frame-to-frame gaps meanwhile (a long gap is a frozen page; over 50 ms, a stutter).
    window.__armComplete = (total, limit) => {
      window.__complete = new Promise((resolve) => {
        // Not an error: a build may never put every name in the DOM (say, a virtual list).
        const timer = setTimeout(() => resolve(null), limit);
        addEventListener(
          'click',
          (event) => {
            const start = event.timeStamp;
            const root = document.querySelector('joint-statement').shadowRoot;
            let previous = start;
            const gaps = [];
            const check = (end) => {
              gaps.push(end - previous);
              previous = end;
              if (root.querySelectorAll('#signatory-list li').length >= total) {
                clearTimeout(timer);
                const sorted = [...gaps].sort((a, b) => a - b);
                resolve({
                  elapsed: end - start,
                  frames: gaps.length,
                  longest: sorted.at(-1),
                  typical: sorted[Math.floor(sorted.length / 2)],
                  over50: gaps.filter((gap) => gap > 50).length,
                });
              } else {
                window.__afterNextFrame(check);
              }
            };
            window.__afterNextFrame(check);
          },
          { capture: true, once: true },
        );
      });
    };
  });
}

async function shadowHandle(page, selector) {
  const handle = await page.evaluateHandle((query) => document.querySelector('joint-statement').shadowRoot.querySelector(query), selector);
  const element = handle.asElement();
  if (!element) {
    await handle.dispose();
    return null;
  }
  return element;
}

/**
 * Clicks a button in the shadow root and times it. With `capMs`, gives up waiting after that
 * long and returns `{ capped: true }`: the page may still be frozen, so the caller closes it.
 */
async function timeClick(page, selector, { timeoutMs, completeAt = 0, capMs = 0 }) {
  const button = await shadowHandle(page, selector);
  if (!button) throw new Error(`no ${selector} in the widget's shadow root`);
  // Scrolled into view first, so the timed click is only the click.
  await button.scrollIntoView();
  await settle(page, 50);
  await page.evaluate((limit) => window.__arm('click', 'click', limit), timeoutMs);
  if (completeAt) await page.evaluate((total, limit) => window.__armComplete(total, limit), completeAt, timeoutMs);
  // puppeteer's click resolves only once the page has handled the mouse events, which is
  // after the whole update when the click freezes the page: the cap has to cover it too.
  const measured = button.click().then(() => page.evaluate(() => window.__pending));
  if (capMs) {
    let timer;
    const cap = new Promise((resolve) => (timer = setTimeout(() => resolve({ capped: true }), capMs)));
    const result = await Promise.race([measured.then((elapsed) => ({ elapsed })), cap]);
    clearTimeout(timer);
    if (result.capped) {
      measured.catch(() => {}); // rejected when the caller closes the page
      return result;
    }
    await button.dispose();
    return result;
  }
  const elapsed = await measured;
  const complete = completeAt ? await page.evaluate(() => window.__complete) : undefined;
  await button.dispose();
  await settle(page);
  return { elapsed, complete };
}

/**
 * One fresh page of the 10,000-signatory build, then in order: switch language while
 * collapsed (en → es); expand the list (next frame, then until every name is in the DOM);
 * type `typed` into the filter one key at a time, then clear it; switch language with the
 * whole list shown (es → pt), waiting at most `capMs` because that can freeze the page.
 */
export async function measureInteractions(browser, url, { typed, total, timeoutMs = 60000, capMs = 3000 }) {
  const page = await openPage(browser, { timeoutMs });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => window.__painted);
    await installProbe(page);
    await settle(page, 200);

    const switchCollapsed = (await timeClick(page, '[part="switcher"] button[lang="es"]', { timeoutMs })).elapsed;
    const { elapsed: expand, complete: expandComplete } = await timeClick(page, '[part="toggle"]', { timeoutMs, completeAt: total });

    const keystrokes = [];
    let filterResult = null;
    const filter = await shadowHandle(page, '[part="filter"]');
    if (filter) {
      await filter.scrollIntoView();
      await filter.focus();
      await settle(page);
      for (const key of typed) {
        await page.evaluate((limit) => window.__arm('keydown', 'input', limit), timeoutMs);
        await page.keyboard.type(key);
        keystrokes.push(await page.evaluate(() => window.__pending));
        await settle(page, 50);
      }
      filterResult = await page.evaluate(() => {
        const section = document.querySelector('joint-statement').shadowRoot.querySelector('[part="signatories"]');
        return {
          value: section.querySelector('[part="filter"]').value,
          // Whatever the markup (hidden items or a separate list of matches): names one can see.
          visible: [...section.querySelectorAll('li')].filter((item) => item.checkVisibility()).length,
          // The count readers see under the box (screen readers hear it later, from a status region).
          count: (section.querySelector('#signatory-filter-count')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        };
      });
      // Cleared as a reader would, so the language switch below has the whole list showing.
      await filter.evaluate((input) => input.select());
      await page.keyboard.press('Backspace');
      await filter.dispose();
      await page
        .waitForFunction(
          (count) =>
            [...document.querySelector('joint-statement').shadowRoot.querySelectorAll('#signatory-list li')].filter((item) => item.checkVisibility()).length >=
            count,
          { timeout: 10000, polling: 100 },
          total,
        )
        .catch(() => {}); // a build that never shows every name at once: switch anyway
      await settle(page, 200);
    }

    const switchExpanded = await timeClick(page, '[part="switcher"] button[lang="pt"]', { timeoutMs, capMs });
    return { switchCollapsed, expand, expandComplete, switchExpanded, keystrokes, filterResult };
  } finally {
    // Closing also ends a renderer still frozen by a capped measurement.
    await page.close().catch(() => {});
  }
}
