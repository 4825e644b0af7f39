import { expect } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { afterEvents, recordOf } from '../support/hostile.js';
import { languageButton, shownSignatories, toggleOf, type JointStatement } from '../support/widget.js';
import { builtDir } from '../support/built-statement.js';

describe('network use', () => {
  afterEach(closeFrames);

  it('requests nothing but its own script, and stores nothing, while a reader switches languages and expands the list', async () => {
    const win = await openFrame('/test/fixtures/hostile/network.html');
    const el = win.document.querySelector<JointStatement>('joint-statement')!;
    for (const name of ['Español', 'Português', 'English']) {
      languageButton(el, name).click();
      await el.updateComplete;
    }
    toggleOf(el)!.click();
    await el.updateComplete;
    expect(shownSignatories(el)).to.have.length(7);
    toggleOf(el)!.click();
    await el.updateComplete;
    await afterEvents(win);

    // Both views of the page's Resource Timing: what the observer saw as it happened, and
    // the buffer read now (fonts, images, fetches, beacons and style sheets would all be here).
    const seen = new Set([...recordOf(win).requests, ...win.performance.getEntriesByType('resource').map((entry) => entry.name)]);
    const paths = [...seen]
      .map((url) => new URL(url).pathname)
      // The test server injects this into every HTML page it serves; a partner's page has none.
      .filter((path) => path !== '/__web-dev-server__web-socket.js')
      .sort();
    expect(paths).to.deep.equal([`${builtDir}/joint-statement.js`, '/test/fixtures/hostile/record-page-events.js']);
    for (const url of seen) expect(new URL(url).origin).to.equal(win.location.origin);
    // Nor does it leave anything behind in the reader's browser.
    expect(win.document.cookie, 'cookies').to.equal('');
    expect(win.localStorage.length, 'local storage').to.equal(0);
    expect(win.sessionStorage.length, 'session storage').to.equal(0);
  });
});
