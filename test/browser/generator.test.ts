import { expect, waitUntil } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { builtDir, statement } from '../support/built-statement.js';

/** The built statement's entry in dist/embed.json, with the build's version. */
async function builtEntry() {
  const index = await (await fetch('/dist/embed.json')).json();
  return { package: index.package, version: index.version, ...index.statements.find(({ id }: { id: string }) => id === statement.id) };
}

/** The generator as the build writes it (dist/generator/, scripts/lib/build-generator.mjs). */
const generatorDir = '/dist/generator';

/** The embed generator page, in an iframe. */
async function openGenerator() {
  const win = (await openFrame(`${generatorDir}/index.html`, {
    width: 1000,
    height: 800,
    until: { condition: (page) => page.document.body?.dataset.ready === 'true', message: 'generator ready' },
    widgets: false,
  })) as Window & typeof globalThis;
  const doc = win.document;
  const form = doc.querySelector<HTMLFormElement>('#options')!;
  const snippet = () => doc.querySelector('#snippet')!.textContent!;
  const text = (selector: string) => doc.querySelector(selector)!.textContent!;
  const shown = (selector: string) => !doc.querySelector<HTMLElement>(selector)!.hidden;
  const preview = () => doc.querySelector('#preview joint-statement') as any;
  /** Changes a form control as a partner would, then waits for snippet and preview. */
  const set = async (name: string, value: string | boolean) => {
    const field = form.elements.namedItem(name) as any;
    if (field instanceof win.RadioNodeList) {
      [...field].find((radio: any) => radio.value === value)!.click();
    } else if (field.type === 'checkbox') {
      if (field.checked !== value) field.click();
    } else {
      field.value = value;
      field.dispatchEvent(new win.Event('input', { bubbles: true }));
    }
    await waitUntil(() => doc.body.dataset.ready === 'true', 'snippet and preview updated');
    await preview()?.updateComplete;
  };
  return { win, doc, snippet, preview, set, text, shown };
}

/**
 * A blank partner page holding exactly the snippet (the CDN URL swapped for this server's copy
 * of the same file), and the generator's CSS rule in its own stylesheet.
 */
async function pasteIntoBlankPage(snippet: string, css = '') {
  const srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${css}</style></head><body>${snippet.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/joint-statement@[^/]+\/dist\/([a-z0-9-]+\/joint-statement(?:-hydrate)?\.js)/,
    '/dist/$1',
  )}</body></html>`;
  const upgraded = {
    condition: (page: Window) => page.document.querySelector('joint-statement')!.shadowRoot,
    message: 'the pasted snippet upgraded (integrity matched)',
  };
  return (await openFrame({ srcdoc }, { until: upgraded })).document.querySelector('joint-statement') as any;
}

const describeWidget = (el: any) => ({
  lang: el.shadowRoot.querySelector('article').lang,
  heading: el.shadowRoot.querySelector('[part="title"]').localName,
  names: el.shadowRoot.querySelectorAll('#signatory-list li').length,
  background: getComputedStyle(el).backgroundColor,
  accent: getComputedStyle(el.shadowRoot.querySelector('[aria-pressed="true"]')).backgroundColor,
});

describe('the embed generator', () => {
  afterEach(closeFrames);

  it('starts with the plain snippet: pinned script with integrity, the element and the full text inside', async () => {
    const { snippet, preview, text } = await openGenerator();
    expect(snippet()).to.match(
      /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/joint-statement@\d+\.\d+\.\d+\/dist\/[a-z0-9-]+\/joint-statement\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>\n<hr hidden><joint-statement statement="[a-z0-9-]+">\n<article lang="en" dir="ltr">/,
    );
    expect(snippet()).to.match(/<\/article>\n<hr hidden><\/joint-statement>$/);
    expect(snippet(), 'every signatory in the fallback').to.match(/<li>.*Washington Office on Latin America \(WOLA\).*, United States<\/li>/);
    expect(snippet(), 'nothing a sanitizer prints as text').not.to.match(/<!--|<style/);
    expect(text('#paste')).to.equal("Paste the snippet into your page's HTML where the statement should appear.");
    expect(preview().shadowRoot.querySelector('[part="title"]').textContent).to.match(/^Human Rights Organizations/);
  });

  it('updates snippet and preview for each option', async () => {
    const { snippet, preview, set, text, shown } = await openGenerator();
    await set('lang', 'pt');
    expect(snippet()).to.contain(`<joint-statement statement="${statement.id}" lang="pt">\n<article lang="pt" dir="ltr">`);
    expect(describeWidget(preview()).lang).to.equal('pt');

    await set('previewCount', '5');
    expect(snippet()).to.contain('preview-count="5"');
    expect(describeWidget(preview()).names).to.equal(5);

    await set('headingLevel', '4');
    expect(snippet()).to.contain('heading-level="4"');
    expect(snippet(), 'the fallback at the same level').to.match(/<h4>Organizações de direitos humanos[^]*<h5>Assinado por<\/h5>/);
    expect(describeWidget(preview()).heading).to.equal('h4');

    await set('theme', 'dark');
    expect(snippet()).to.contain('theme="dark"');
    expect(describeWidget(preview()).background).to.equal('rgb(22, 25, 29)');

    expect(shown('#accent-css')).to.equal(false);
    await set('accent', '#ffd166');
    expect(snippet(), 'no <style> in the snippet').not.to.contain('style');
    expect(shown('#accent-css')).to.equal(true);
    expect(text('#css')).to.equal(`joint-statement[statement="${statement.id}"] { --joint-statement-accent: #ffd166; }`);
    expect(text('#css-where')).to.equal('Add this rule to your stylesheet:');
    expect(describeWidget(preview()).accent).to.equal('rgb(255, 209, 102)');
  });

  it('asks where the snippet goes and gives the matching snippet and instructions', async () => {
    const { doc, snippet, set, text } = await openGenerator();
    const deliveries = doc.querySelector<HTMLFieldSetElement>('#deliveries')!;
    await set('lang', 'es');
    await set('previewCount', '5');
    await set('accent', '#8a1c1c');

    await set('destination', 'wordpress-admin');
    expect(text('#paste')).to.contain('"Custom HTML" block');
    expect(snippet()).to.match(/^<script [^>]*><\/script>\n<hr hidden><joint-statement statement="[a-z0-9-]+" lang="es" preview-count="5">/);
    expect(text('#css-where')).to.contain('"Additional CSS"');

    await set('destination', 'wordpress-author');
    // The statement named: the plugin may carry several.
    expect(snippet()).to.equal(`[joint-statement id="${statement.id}" lang="es" preview-count="5"]`);
    expect(text('#paste')).to.contain('joint-statement plugin');
    expect(text('#paste')).to.contain('ask an administrator');
    expect(text('#css-where')).to.contain('Ask an administrator');
    expect(text('#copy')).to.equal('Copy the shortcode');
    expect(deliveries.disabled, 'the plugin decides which file loads').to.equal(true);

    await set('destination', 'cms');
    expect(text('#paste')).to.contain('code block that keeps scripts');
    expect(snippet()).to.match(/^<script [^>]*><\/script>\n<hr hidden><joint-statement statement="[a-z0-9-]+" lang="es" preview-count="5">/);
    expect(deliveries.disabled).to.equal(false);
    expect(text('#copy')).to.equal('Copy the snippet');
  });

  it('offers Hugo, Jekyll, Markdown sites, newsletters and Drupal, each with where to paste (npm run e2e:publishing builds each)', async () => {
    const { doc, snippet, set, text, shown, preview } = await openGenerator();
    await set('lang', 'pt');

    await set('destination', 'hugo');
    expect(snippet()).to.equal('{{< joint-statement >}}');
    expect(text('#paste')).to.contain('layouts/shortcodes/joint-statement.html');
    expect(shown('#site-file')).to.equal(true);
    expect(text('#site-file-path')).to.equal('layouts/shortcodes/joint-statement.html');
    expect(text('#site-file-text')).to.match(
      /\{\{ `<script [^`]*<hr hidden><joint-statement statement="[a-z0-9-]+" lang="pt">[^`]*<\/joint-statement>` \| safeHTML \}\}\n$/,
    );
    expect(preview().shownLanguage).to.equal('pt');

    await set('destination', 'jekyll');
    expect(snippet()).to.equal('{% include joint-statement.html %}');
    expect(text('#site-file-path')).to.equal('_includes/joint-statement.html');
    expect(text('#site-file-text')).to.match(/^\{% raw %\}\n<script [^]*<\/joint-statement>\n\{% endraw %\}\n$/);

    await set('destination', 'markdown');
    expect(shown('#site-file')).to.equal(false);
    expect(text('#paste')).to.contain('blank line before and after');
    expect(snippet()).to.match(/^<script [^>]*><\/script>\n<hr hidden><joint-statement statement="[a-z0-9-]+" lang="pt">/);

    await set('destination', 'drupal');
    expect(text('#paste')).to.contain('"Full HTML"');
    expect(snippet()).to.match(/^<script [^>]*><\/script>\n<hr hidden><joint-statement statement="[a-z0-9-]+" lang="pt">/);

    await set('destination', 'newsletter');
    expect(snippet(), 'plain HTML: no script, no element').to.match(/^<article lang="pt" dir="ltr">\n[^]*<\/article>$/);
    expect(snippet()).not.to.match(/<script|<joint-statement/);
    expect(doc.querySelector<HTMLFieldSetElement>('#kinds')!.disabled).to.equal(true);
    expect(text('#kinds-note')).to.contain('plain text');
    expect(doc.querySelector<HTMLFieldSetElement>('#deliveries')!.disabled).to.equal(true);
    expect(doc.querySelector('#preview article[lang="pt"] h2'), 'the preview is the plain statement').to.not.equal(null);
  });

  it('offers the exact signed version or updates, each said in one sentence', async () => {
    const { doc, snippet, set } = await openGenerator();
    const {
      version,
      script: { integrity },
    } = await builtEntry();
    const meaning = (value: string) =>
      doc.getElementById(doc.querySelector(`input[name="delivery"][value="${value}"]`)!.getAttribute('aria-describedby')!)!.textContent!;
    expect(doc.querySelector('#deliveries')!.textContent).to.contain('Exact signed version (pinned, integrity)');
    expect(doc.querySelector('#deliveries')!.textContent).to.contain('Follow updates to this statement (version range, no integrity)');
    expect(meaning('pinned')).to.contain(`version ${version} exactly as signed`);
    expect(meaning('follow')).to.contain('new signatories');
    expect(snippet()).to.contain(`@${version}/dist/${statement.id}/joint-statement.js" integrity="${integrity}"`);

    await set('delivery', 'follow');
    const [major, minor] = version.split('.');
    const range = major === '0' ? `0.${minor}` : major;
    expect(snippet()).to.match(
      new RegExp(
        `^<script src="https://cdn\\.jsdelivr\\.net/npm/joint-statement@${range.replace('.', '\\.')}/dist/${statement.id}/joint-statement\\.js" defer></script>\n`,
      ),
    );
    expect(snippet()).not.to.contain('integrity');
  });

  it('lets partners host the file themselves: which file, a relative URL, the same integrity', async () => {
    const { doc, snippet, set, shown } = await openGenerator();
    const {
      version,
      script: { integrity },
    } = await builtEntry();
    expect(shown('#self-hosting')).to.equal(false);
    await set('delivery', 'self');
    expect(shown('#self-hosting')).to.equal(true);
    expect(snippet()).to.contain(
      `<script src="/joint-statement-${statement.id}-${version}.js" integrity="${integrity}" crossorigin="anonymous" defer></script>`,
    );

    // The file offered for download is the one the integrity hash pins.
    const link = doc.querySelector<HTMLAnchorElement>('#download')!;
    expect(link.download).to.equal(`joint-statement-${statement.id}-${version}.js`);
    const bytes = await (await fetch(link.href)).arrayBuffer();
    const digest = btoa(Array.from(new Uint8Array(await crypto.subtle.digest('SHA-384', bytes)), (byte) => String.fromCharCode(byte)).join(''));
    expect(`sha384-${digest}`).to.equal(integrity);

    await set('selfHostedUrl', '/assets/js/statement.js');
    expect(snippet()).to.contain('<script src="/assets/js/statement.js" integrity=');
    expect(doc.querySelector('#self-hosted-at')!.textContent).to.equal('/assets/js/statement.js');

    await set('selfHostedUrl', 'javascript:alert(1)');
    expect(shown('#url-warning')).to.equal(true);
    expect(snippet(), 'a refused URL never reaches the snippet').to.contain(`<script src="/joint-statement-${statement.id}-${version}.js"`);

    // Another site written as a path, and a scheme behind a control character the URL parser strips.
    for (const refused of ['//other.example/joint-statement.js', '\u0001javascript:alert(1)']) {
      await set('selfHostedUrl', refused);
      expect(shown('#url-warning'), JSON.stringify(refused)).to.equal(true);
      expect(snippet(), JSON.stringify(refused)).to.contain(`<script src="/joint-statement-${statement.id}-${version}.js"`);
    }
  });

  it('warns when the accent colour would be hard to read', async () => {
    const { doc, set } = await openGenerator();
    const warning = doc.querySelector<HTMLElement>('#accent-warning')!;
    await set('accent', '#ffd166');
    expect(warning.hidden).to.equal(false);
    expect(warning.textContent).to.contain('light background');
    await set('theme', 'dark');
    expect(warning.hidden).to.equal(true);
  });

  it('takes only a hex colour as the accent, says so, and keeps the default until then', async () => {
    const { doc, set, shown, snippet } = await openGenerator();
    // A browser without a colour picker shows a text field instead.
    doc.querySelector<HTMLInputElement>('input[name="accent"]')!.type = 'text';
    await set('accent', 'red; } body { display: none');
    const warning = doc.querySelector<HTMLElement>('#accent-warning')!;
    expect(warning.hidden).to.equal(false);
    expect(warning.textContent).to.contain('give a hex colour such as #0a58a8');
    expect(shown('#accent-css')).to.equal(false);
    expect(getComputedStyle(doc.body).display).to.equal('block');
    await set('kind', 'prerendered');
    expect(doc.querySelector<HTMLIFrameElement>('#preview iframe')!.srcdoc).not.to.contain('display: none');
    expect(snippet()).not.to.contain('display: none');

    await set('accent', '#8a1c1c');
    expect(warning.textContent, 'only the contrast may still be warned about').not.to.contain('hex colour');
    expect(doc.querySelector('#css')!.textContent).to.equal(`joint-statement[statement="${statement.id}"] { --joint-statement-accent: #8a1c1c; }`);
  });

  it('copies the snippet, or selects it for the reader where the clipboard is not allowed', async () => {
    const { doc, win, snippet } = await openGenerator();
    doc.querySelector<HTMLButtonElement>('#copy')!.click();
    const status = doc.querySelector('#copy-status')!;
    await waitUntil(() => status.textContent !== '', 'a visible confirmation');
    if (status.textContent!.startsWith('Copied')) {
      expect(await win.navigator.clipboard.readText()).to.equal(snippet());
    } else {
      expect(status.textContent).to.contain('press Ctrl+C');
      expect(win.getSelection()!.toString()).to.equal(snippet());
    }
  });

  it('gives a snippet that, pasted into a blank page, renders what the preview showed', async () => {
    const { snippet, preview, set, text } = await openGenerator();
    await set('lang', 'es');
    await set('previewCount', '2');
    await set('headingLevel', '3');
    await set('theme', 'dark');
    await set('accent', '#ffd166');
    const pasted = await pasteIntoBlankPage(snippet(), text('#css'));
    expect(describeWidget(pasted)).to.deep.equal(describeWidget(preview()));
    expect(pasted.querySelector('article h3').textContent, 'full text inside for crawlers').to.match(/^Organizaciones/);
  });

  it('gives a self-hosted snippet that runs from a relative URL with the same integrity', async () => {
    const { snippet, set } = await openGenerator();
    await set('delivery', 'self');
    await set('selfHostedUrl', `${builtDir}/joint-statement.js`);
    const pasted = await pasteIntoBlankPage(snippet());
    expect(pasted.shadowRoot.querySelector('[part="title"]').textContent).to.match(/^Human Rights Organizations/);
  });

  describe('the pre-rendered kind', () => {
    const sha384 = async (url: string) =>
      `sha384-${btoa(Array.from(new Uint8Array(await crypto.subtle.digest('SHA-384', await (await fetch(url)).arrayBuffer())), (byte) => String.fromCharCode(byte)).join(''))}`;
    const previewFrame = (doc: Document) => doc.querySelector<HTMLIFrameElement>('#preview iframe')!;

    it('is offered beside the full text, each said in one sentence, and gives the hydrating file with the render inside', async () => {
      const { doc, snippet, set, shown } = await openGenerator();
      const { hydrate } = await builtEntry();
      const meaning = (value: string) =>
        doc.getElementById(doc.querySelector(`input[name="kind"][value="${value}"]`)!.getAttribute('aria-describedby')!)!.textContent!;
      expect(doc.querySelector<HTMLInputElement>('input[name="kind"][value="full-text"]')!.checked, 'full text is the default').to.equal(true);
      expect(doc.querySelector('#kinds')!.textContent).to.contain('paints like static HTML, needs the hydrating file');
      expect(meaning('full-text')).to.contain('plain text');
      expect(meaning('prerendered')).to.contain('joint-statement-hydrate.js');
      expect(shown('#style-src')).to.equal(false);

      await set('kind', 'prerendered');
      expect(snippet()).to.match(
        /^<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/joint-statement@[^/]+\/dist\/[a-z0-9-]+\/joint-statement-hydrate\.js" integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>\n<hr hidden><pre-wpautop-guard hidden><\/pre-wpautop-guard><joint-statement statement="[a-z0-9-]+" lang="en">\n<template shadowrootmode="open">\n<style>/,
      );
      expect(snippet()).to.contain(`integrity="${hydrate.integrity}"`);
      expect(snippet()).to.match(/<\/template><pre hidden><\/pre>\n<article lang="en" dir="ltr">[^]*<\/article>\n<hr hidden><\/joint-statement>$/);

      // The CSP source for the inline style, and what happens without it.
      expect(shown('#style-src')).to.equal(true);
      expect(doc.querySelector('#style-hash')!.textContent).to.equal(hydrate.styleHash);
      expect(doc.querySelector('#style-src')!.textContent).to.contain('looks right from then on');
      const css = /<style>([^]*?)<\/style>/.exec(snippet())![1];
      const digest = btoa(
        Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css))), (byte) => String.fromCharCode(byte)).join(''),
      );
      expect(hydrate.styleHash).to.equal(`'sha256-${digest}'`);
    });

    it('keeps the default preview count, says why, and points to the full text for another', async () => {
      const { doc, snippet, set } = await openGenerator();
      const field = doc.querySelector<HTMLInputElement>('input[name="previewCount"]')!;
      const note = doc.querySelector<HTMLElement>('#preview-count-note')!;
      await set('previewCount', '5');
      expect(snippet()).to.contain('preview-count="5"');
      expect(field.disabled).to.equal(false);
      expect(note.hidden).to.equal(true);

      await set('kind', 'prerendered');
      expect(field.disabled).to.equal(true);
      expect(field.value).to.equal('3');
      expect(note.hidden).to.equal(false);
      expect(note.textContent).to.contain('Full text');
      expect(field.getAttribute('aria-describedby')).to.equal('preview-count-note');
      expect(snippet()).not.to.contain('preview-count');

      await set('kind', 'full-text');
      expect(field.disabled).to.equal(false);
      expect(note.hidden).to.equal(true);
    });

    it('names the language it was drawn in: following the page is not offered, and the form says why', async () => {
      const { doc, snippet, set } = await openGenerator();
      const select = doc.querySelector<HTMLSelectElement>('select[name="lang"]')!;
      const followPage = select.querySelector<HTMLOptionElement>('option[value=""]')!;
      const note = doc.querySelector<HTMLElement>('#lang-note')!;
      expect(select.value, 'the full text follows the page by default').to.equal('');
      expect(snippet()).not.to.match(/<joint-statement statement="[a-z0-9-]+" lang=/);

      await set('kind', 'prerendered');
      expect(followPage.disabled).to.equal(true);
      expect(select.value).to.equal('en');
      expect(note.hidden).to.equal(false);
      expect(note.textContent).to.contain('move your page');
      expect(select.getAttribute('aria-describedby')).to.equal('lang-note');
      expect(snippet()).to.contain(`<joint-statement statement="${statement.id}" lang="en">`);
      await set('lang', 'es');
      expect(snippet()).to.contain(`<joint-statement statement="${statement.id}" lang="es">`);
      expect(snippet()).to.contain('<article lang="es"');

      await set('kind', 'full-text');
      expect(followPage.disabled).to.equal(false);
      expect(note.hidden).to.equal(true);
    });

    it('previews the snippet itself in a sandboxed frame: the render adopted by the hydrating script, once, with the chosen options', async () => {
      const { doc, set } = await openGenerator();
      await set('kind', 'prerendered');
      await set('lang', 'es');
      await set('headingLevel', '4');
      await set('theme', 'dark');
      await set('accent', '#ffd166');
      const frame = previewFrame(doc);
      // Scripts run, with an origin of their own: nothing in the snippet runs as the generator page.
      expect([...frame.sandbox]).to.deep.equal(['allow-scripts']);
      expect(frame.contentDocument).to.equal(null);
      // What the frame holds, opened where the test can look at it, as wide and in view.
      const win = (await openFrame(
        { srcdoc: frame.srcdoc },
        { widgets: false, width: frame.clientWidth, style: 'position: fixed; top: 0; left: 0;' },
      )) as Window & typeof globalThis;
      const before = win.document.querySelector('joint-statement')!.shadowRoot!.querySelector('article');
      // The generator folder's own copy of the signed file: the folder works uploaded alone.
      const src = win.document.querySelector('script')!.getAttribute('src')!;
      expect(src).to.equal(new URL(`${generatorDir}/${statement.id}/joint-statement-hydrate.js`, location.href).href);
      expect(await sha384(src)).to.equal((await builtEntry()).hydrate.integrity);
      const el = win.document.querySelector('joint-statement') as any;
      await waitUntil(() => el.hasUpdated, 'the preview hydrated', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot.querySelector('article'), 'the article drawn before the script is the one shown').to.equal(before);
      expect(el.hasUpdated).to.equal(true);
      expect(el.shadowRoot.querySelectorAll('article')).to.have.length(1);
      expect(el.shadowRoot.querySelector('pre-wpautop-guard, pre'), 'nothing of the auto-paragraph guard in the widget').to.equal(null);
      expect(describeWidget(el)).to.include({ lang: 'es', heading: 'h4', names: 3, background: 'rgb(22, 25, 29)', accent: 'rgb(255, 209, 102)' });
      await waitUntil(() => frame.getBoundingClientRect().height >= el.getBoundingClientRect().height, 'the frame is as tall as the widget', { timeout: 5000 });
    });

    it('gives a snippet that hydrates in a blank page without drawing again: the nodes before the script are the nodes after', async () => {
      const { snippet, set } = await openGenerator();
      await set('kind', 'prerendered');
      await set('lang', 'pt');
      await set('headingLevel', '3');
      await set('theme', 'dark');
      const srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet().replace(/^<script[^>]*><\/script>\n/, '')}</body></html>`;
      // In view: browsers hold the hydrating script's first frame back in a frame out of view.
      const win = (await openFrame({ srcdoc }, { widgets: false, style: 'position: fixed; top: 0; left: 0;' })) as Window & typeof globalThis;
      const el = win.document.querySelector('joint-statement') as any;
      const nodes = () => {
        const walker = win.document.createTreeWalker(el.shadowRoot);
        const all: Node[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) all.push(node);
        return all;
      };
      const before = nodes();
      expect(el.shadowRoot.querySelector('[part="title"]').localName, 'drawn before any script').to.equal('h3');
      const script = Object.assign(win.document.createElement('script'), { src: `${builtDir}/joint-statement-hydrate.js` });
      win.document.head.append(script);
      await waitUntil(() => el.hasUpdated, 'hydrated');
      await el.updateComplete;
      const after = nodes();
      expect(after.length).to.equal(before.length);
      expect(after.every((node, index) => node === before[index])).to.equal(true);
      expect(describeWidget(el)).to.include({ lang: 'pt', heading: 'h3', names: 3, background: 'rgb(22, 25, 29)' });
    });

    it('offers the hydrating file to self-hosting partners, the one its integrity pins', async () => {
      const { doc, snippet, set } = await openGenerator();
      const { version, hydrate } = await builtEntry();
      await set('kind', 'prerendered');
      await set('delivery', 'self');
      expect(snippet()).to.contain(
        `<script src="/joint-statement-hydrate-${statement.id}-${version}.js" integrity="${hydrate.integrity}" crossorigin="anonymous" defer></script>`,
      );
      const link = doc.querySelector<HTMLAnchorElement>('#download')!;
      expect(link.download).to.equal(`joint-statement-hydrate-${statement.id}-${version}.js`);
      expect(await sha384(link.href)).to.equal(hydrate.integrity);
      expect(doc.querySelector('#self-hosted-file')!.textContent).to.equal(`dist/${statement.id}/joint-statement-hydrate.js`);
    });

    it('leaves the shortcode to the plugin: WordPress authors get the same shortcode whatever the kind', async () => {
      const { doc, snippet, set, shown } = await openGenerator();
      await set('kind', 'prerendered');
      await set('lang', 'es');
      await set('destination', 'wordpress-author');
      expect(snippet()).to.equal(`[joint-statement id="${statement.id}" lang="es"]`);
      expect(doc.querySelector<HTMLFieldSetElement>('#kinds')!.disabled).to.equal(true);
      expect(shown('#kinds-note')).to.equal(true);
      expect(shown('#style-src')).to.equal(false);
      expect(doc.querySelector<HTMLInputElement>('input[name="previewCount"]')!.disabled).to.equal(false);
    });
  });
});
