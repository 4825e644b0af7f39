// The plugin's block as an author places it: in the real block editor (wp-admin/post-new.php),
// logged in, the block inserted, its sidebar controls used, the post published by the editor's
// own save. Returns the published page's address for the reader's check.
import { setTimeout as sleep } from 'node:timers/promises';
import { offline } from './browser.mjs';

function sidebarSelect(label) {
  return `xpath///label[normalize-space()="${label}"]/following::select[1]`;
}

/** Picks an option in the block's sidebar until the block's attribute has it (the sidebar re-renders while the preview loads). */
async function choose(page, label, value, attribute, expected) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const select = await page.waitForSelector(sidebarSelect(label), { timeout: 15000 });
    await select.select(value);
    const applied = await page
      .waitForFunction(
        (attribute, expected) => wp.data.select('core/block-editor').getSelectedBlock()?.attributes[attribute] === expected,
        { timeout: 2000 },
        attribute,
        expected,
      )
      .then(
        () => true,
        () => false,
      );
    if (applied) return;
  }
  throw new Error(`the block's "${label}" control did not set ${attribute} to ${expected}`);
}

/**
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ siteUrl: string, cookies: Record<string, string>, served: object, title: string, statement?: string }} options
 *   statement: the statement to pick, when the plugin carries several
 * @returns {Promise<{ url: string, preview: string, languages: string[], saved: string }>}
 */
export async function placeBlockInEditor(browser, { siteUrl, cookies, served, title, statement }) {
  // A context of its own: the login cookies stay there, and readers' pages are read logged out.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const renders = [];
  page.on(
    'response',
    (response) =>
      response.url().includes('block-renderer') && renders.push(`${response.status()} ${decodeURIComponent(response.url().replace(/^.*block-renderer/, ''))}`),
  );
  page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText}`));
  try {
    await offline(page, served);
    await page.setCookie(...Object.entries(cookies).map(([name, value]) => ({ name, value, url: siteUrl })));
    await page.goto(`${siteUrl}/wp-admin/post-new.php`, { waitUntil: 'load', timeout: 60000 });
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType('joint-statement/statement')?.edit, { timeout: 30000 });
    await page.evaluate(() => {
      const block = wp.blocks.createBlock('joint-statement/statement', {});
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    // With several statements, the block asks which one first (in the block and in its sidebar).
    if (statement) await choose(page, 'Statement', statement, 'statement', statement);
    // The sidebar's controls, as an author uses them.
    const languageSelect = await page.waitForSelector(sidebarSelect('Language'), { timeout: 15000 });
    const languages = await languageSelect.evaluate((select) => [...select.options].map((option) => option.value));
    await choose(page, 'Language', 'es', 'lang', 'es');
    await choose(page, 'Heading level', '3', 'headingLevel', 3);
    // The author clicks elsewhere and back at once: the block re-renders before the preview's
    // debounced request has gone out (it must still go out).
    await page.evaluate(() => {
      const { clientId } = wp.data.select('core/block-editor').getSelectedBlock();
      wp.data.dispatch('core/block-editor').clearSelectedBlock();
      wp.data.dispatch('core/block-editor').selectBlock(clientId);
    });
    // The preview is the server's rendering of the same block: the full text, in Spanish.
    const preview = await page
      .waitForFunction(
        () => {
          const element = document.querySelector('.wp-block-joint-statement-statement joint-statement[lang="es"]');
          return element?.querySelector('h3')?.textContent;
        },
        { timeout: 30000 },
      )
      .catch(async () => {
        const block = await page.evaluate(() => document.querySelector('.wp-block-joint-statement-statement')?.outerHTML.replace(/\s+/g, ' ').slice(0, 600));
        throw new Error(
          `the block's preview did not show the Spanish full text with an h3 (previews asked: ${renders.join(', ')}; ${errors.join('; ')}): ${block}`,
        );
      });
    await page.evaluate((title) => {
      wp.data.dispatch('core/editor').editPost({ title, status: 'publish' });
      return wp.data.dispatch('core/editor').savePost();
    }, title);
    for (let i = 0; i < 100 && (await page.evaluate(() => wp.data.select('core/editor').isSavingPost())); i++) await sleep(100);
    const saved = await page.evaluate(() => ({
      url: wp.data.select('core/editor').getPermalink(),
      content: wp.data.select('core/editor').getEditedPostContent(),
      status: wp.data.select('core/editor').getCurrentPostAttribute('status'),
    }));
    if (saved.status !== 'publish') throw new Error(`the block editor did not publish (status ${saved.status}); ${errors.join('; ')}`);
    return { url: saved.url, preview: await preview.jsonValue(), languages, saved: saved.content };
  } finally {
    await context.close();
  }
}
