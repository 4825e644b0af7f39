// JS heap after many create/attach/detach cycles of the element, read over CDP after forced
// garbage collection (HeapProfiler.collectGarbage, then Runtime.getHeapUsage), plus the
// renderer's DOM node and event listener counters (Memory.getDOMCounters).
import { openPage } from '../lib/browser.mjs';
import { settle } from './pages.mjs';
import { heapBreakdown } from './heap-snapshot.mjs';

async function cycles(page, count) {
  await page.evaluate(async (n) => {
    for (let index = 0; index < n; index++) {
      const element = document.createElement('joint-statement');
      document.querySelector('main').append(element);
      await element.updateComplete;
      element.remove();
    }
  }, count);
}

async function heapAfterGc(page, session) {
  await settle(page, 50);
  // Several passes: the first can leave garbage that weak references and finalizers release.
  for (let pass = 0; pass < 3; pass++) await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const { nodes, jsEventListeners } = await session.send('Memory.getDOMCounters');
  return { heap: usedSize, nodes, listeners: jsEventListeners };
}

/**
 * One fresh page: heap after `few` cycles, after `many` in total, then after `many` more.
 * A leak grows with every cycle, so the second `many` grow the heap about as much as the
 * first; one-off growth (V8 warming up: feedback vectors, optimised code) levels off.
 */
export async function measureHeap(browser, url, { few = 10, many = 1000, timeoutMs = 60000 } = {}) {
  const page = await openPage(browser, { timeoutMs });
  const session = await page.createCDPSession();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await session.send('HeapProfiler.enable');
    await cycles(page, few);
    const after10 = await heapAfterGc(page, session);
    // The same reading again with nothing in between: what "noise" is for this probe.
    const again = await heapAfterGc(page, session);
    // What the heap is made of, by kind: after the readings, as a snapshot does work of its own.
    after10.kinds = await heapBreakdown(session);
    await cycles(page, many - few);
    const after1000 = await heapAfterGc(page, session);
    after1000.kinds = await heapBreakdown(session);
    await cycles(page, many);
    const after2000 = await heapAfterGc(page, session);
    after2000.kinds = await heapBreakdown(session);
    return { after10, again, after1000, after2000 };
  } finally {
    await session.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}
