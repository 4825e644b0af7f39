import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildTestReleases, SECOND_ID } from '../../scripts/cli/build-test-releases.mjs';
import { closeBrowser, launchBrowser } from '../../scripts/lib/browser.mjs';
import { startServer } from '../../scripts/lib/server.mjs';
import { root } from './content-helpers.mjs';

// The coordinating organisation uploads dist/generator/ to its own website, at whatever path
// its site gives it; partners open it there. So here it is served alone (nothing else of the
// build beside it), under an unusual sub-path, from a STATEMENTS_DIR build of several
// statements (scripts/cli/build-test-releases.mjs), and used as a partner would.
describe('the generator folder (dist/generator/), uploaded alone to any path', () => {
  const built = join(root, 'test/.built/current/dist');
  const prefix = '/about-us/campaigns/2026_joint.statement~embed/';
  /** Every request the page and its frames made. */
  const requests = [];
  const errors = [];
  let server, browser, page, index;

  before(async () => {
    await buildTestReleases();
    const folder = join(built, 'generator');
    index = JSON.parse(readFileSync(join(built, 'embed.json'), 'utf8'));
    const files = new Map();
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }).filter((file) => file.isFile())) {
      const path = join(entry.parentPath, entry.name);
      files.set(`${prefix}${path.slice(folder.length + 1)}`, readFileSync(path));
    }
    server = await startServer(files);
    browser = await launchBrowser();
    await browser.defaultBrowserContext().overridePermissions(server.origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    page = await browser.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}${prefix}index.html`);
    await ready();
  });
  after(async () => {
    await closeBrowser(browser);
    await server?.close();
  });

  const ready = () => page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: 20000 });
  const snippet = () => page.$eval('#snippet', (box) => box.textContent);

  it('lists every statement of the build by its title in its original language', async () => {
    const offered = await page.$$eval('#statement option', (options) => options.map(({ value, textContent }) => ({ value, textContent })));
    assert.deepEqual(
      offered,
      index.statements.map(({ id, titles, original }) => ({ value: id, textContent: titles[original] })),
    );
    assert.ok(offered.length >= 3, 'content/, a second statement and the fixtures');
    assert.ok(offered.some(({ value }) => value === SECOND_ID));
  });

  it('for each statement, gives its snippet, copies it, and previews that statement', async () => {
    for (const { id, script, titles } of index.statements) {
      await page.select('#statement', id);
      await ready();
      const code = await snippet();
      assert.match(code, new RegExp(`<joint-statement statement="${id}">`), id);
      assert.ok(code.includes(`integrity="${script.integrity}"`), `${id}: the pinned file's integrity`);
      const title = await page.waitForFunction(
        () => document.querySelector('#preview joint-statement')?.shadowRoot?.querySelector('[part="title"]')?.textContent,
        { timeout: 20000 },
      );
      assert.ok(Object.values(titles).includes(await title.jsonValue()), `${id}: the preview shows its own title`);
      assert.equal(await page.$eval('#preview joint-statement', (el) => el.getAttribute('statement')), id);

      await page.click('#copy');
      await page.waitForFunction(() => document.querySelector('#copy-status').textContent !== '');
      const status = await page.$eval('#copy-status', (element) => element.textContent);
      const copied = status.startsWith('Copied')
        ? await page.evaluate(() => navigator.clipboard.readText())
        : await page.evaluate(() => getSelection().toString());
      assert.equal(copied, code, `${id}: ${status}`);
    }
  });

  it('previews the pre-rendered kind with the hydrating file from its own folder', async () => {
    const { id, hydrate } = index.statements.at(-1);
    await page.select('#statement', id);
    await ready();
    await page.click('input[name="kind"][value="prerendered"]');
    await ready();
    const src = `${server.origin}${prefix}${id}/joint-statement-hydrate.js`;
    assert.match(await page.$eval('#preview iframe', (frame) => frame.srcdoc), new RegExp(`<script src="${src.replace(/[.~]/g, '\\$&')}" defer>`));
    // In view: browsers hold back the frames of a frame out of view, and hydration waits for one.
    await page.$eval('#preview iframe', (frame) => frame.scrollIntoView());
    const frame = page.frames().find((candidate) => candidate.url() === 'about:srcdoc');
    await frame.waitForFunction(() => document.querySelector('joint-statement')?.hasUpdated, { timeout: 20000 });
    assert.ok(requests.includes(src), 'the frame loaded the hydrating file');
    const bytes = readFileSync(join(built, 'generator', id, 'joint-statement-hydrate.js'));
    assert.equal(`sha384-${createHash('sha384').update(bytes).digest('base64')}`, hydrate.integrity, 'the signed file');
    await page.click('input[name="kind"][value="full-text"]');
    await ready();
  });

  it('offers the file to host from its own folder', async () => {
    await page.click('input[name="delivery"][value="self"]');
    await ready();
    const href = await page.$eval('#download', (link) => link.href);
    assert.ok(href.startsWith(`${server.origin}${prefix}`), href);
    assert.equal((await fetch(href)).status, 200);
  });

  it('makes no request beyond its own folder', () => {
    const outside = requests.filter((url) => !url.startsWith(`${server.origin}${prefix}`) && !/^(data|about|blob):/.test(url));
    assert.deepEqual(outside, []);
    assert.deepEqual(errors, [], 'no script error on the way');
    assert.ok(requests.length > 5, 'the page, its script, CSS, embed.json and the statements’ files were seen');
  });
});
