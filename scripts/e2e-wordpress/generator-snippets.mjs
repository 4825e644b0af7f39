// Every variant the embed generator offers, read from demo/generator.html as a partner would copy
// it, plus dist/embed.html. (Temporary source until the generator's snippet markup is a module
// the build and the generator share.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { offline, REPOSITORY_ORIGIN } from './browser.mjs';

const VARIANTS = [
  { name: 'link', options: {} },
  { name: 'full text', options: { fullText: true } },
  { name: 'accent colour', options: { accent: '#8a1538' } },
  { name: 'es, 5 names, h3, dark', options: { lang: 'es', previewCount: '5', headingLevel: '3', theme: 'dark' }, expect: { lang: 'es', level: 'h3', preview: 5 } },
];

/** @returns {Promise<{ name: string, html: string, expect?: object }[]>} */
export async function generatorSnippets(browser, { root, releaseUrl }) {
  const page = await browser.newPage();
  try {
    await offline(page, { root, releaseUrl });
    await page.goto(`${REPOSITORY_ORIGIN}/demo/generator.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const snippets = [{ name: 'link (dist/embed.html)', html: readFileSync(join(root, 'dist/embed.html'), 'utf8') }];
    for (const { name, options, expect } of VARIANTS) {
      const html = await page.evaluate(async (options) => {
        const form = document.querySelector('#options');
        form.reset();
        for (const [key, value] of Object.entries(options)) {
          const field = form.elements[key];
          if (field instanceof RadioNodeList) field.value = value;
          else if (field.type === 'checkbox') field.checked = value;
          else field.value = value;
        }
        document.body.dataset.ready = 'false';
        form.dispatchEvent(new Event('change'));
        while (document.body.dataset.ready !== 'true') await new Promise((resolve) => setTimeout(resolve, 20));
        return document.querySelector('#snippet').textContent;
      }, options);
      snippets.push({ name: `generator: ${name}`, html, expect });
    }
    return snippets;
  } finally {
    await page.close();
  }
}
