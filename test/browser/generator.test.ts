import { expect, waitUntil } from '@open-wc/testing';

/** The embed generator page (demo/generator.html), in an iframe. */
async function openGenerator() {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  frame.src = '/demo/generator.html';
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.document?.body?.dataset.ready === 'true', 'generator ready', { timeout: 8000 });
  const doc = win.document;
  const form = doc.querySelector<HTMLFormElement>('#options')!;
  const snippet = () => doc.querySelector('#snippet')!.textContent!;
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
  return { win, doc, snippet, preview, set };
}

/** A blank partner page holding exactly the snippet (the CDN URL swapped for this server's copy of the same file). */
async function pasteIntoBlankPage(snippet: string) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>${snippet.replace(
    /https:\/\/cdn\.jsdelivr\.net\/npm\/joint-statement@[^/]+\/dist\/joint-statement\.js/,
    '/dist/joint-statement.js',
  )}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const el = frame.contentDocument!.querySelector('joint-statement') as any;
  await waitUntil(() => el.shadowRoot, 'the pasted snippet upgraded (integrity matched)', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const describeWidget = (el: any) => ({
  lang: el.shadowRoot.querySelector('article').lang,
  heading: el.shadowRoot.querySelector('[part="title"]').localName,
  names: el.shadowRoot.querySelectorAll('#signatory-list li').length,
  background: getComputedStyle(el).backgroundColor,
  accent: getComputedStyle(el.shadowRoot.querySelector('[aria-pressed="true"]')).backgroundColor,
});

describe('the embed generator', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('starts with the plain snippet: pinned script with integrity, the element and its fallback link', async () => {
    const { snippet, preview } = await openGenerator();
    expect(snippet()).to.match(/<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/joint-statement@\d+\.\d+\.\d+\/dist\/joint-statement\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous" defer><\/script>/);
    expect(snippet()).to.contain('<joint-statement>');
    expect(snippet()).to.contain('<a href="https://www.venezuelablog.org/');
    expect(preview().shadowRoot.querySelector('[part="title"]').textContent).to.match(/^Human Rights Organizations/);
  });

  it('updates snippet and preview for each option', async () => {
    const { snippet, preview, set } = await openGenerator();
    await set('lang', 'pt');
    expect(snippet()).to.contain('<joint-statement lang="pt"');
    expect(describeWidget(preview()).lang).to.equal('pt');

    await set('previewCount', '5');
    expect(snippet()).to.contain('preview-count="5"');
    expect(describeWidget(preview()).names).to.equal(5);

    await set('headingLevel', '4');
    expect(snippet()).to.contain('heading-level="4"');
    expect(describeWidget(preview()).heading).to.equal('h4');

    await set('theme', 'dark');
    expect(snippet()).to.contain('theme="dark"');
    expect(describeWidget(preview()).background).to.equal('rgb(22, 25, 29)');

    await set('accent', '#ffd166');
    expect(snippet()).to.contain('<style>joint-statement { --joint-statement-accent: #ffd166; }</style>');
    expect(describeWidget(preview()).accent).to.equal('rgb(255, 209, 102)');

    await set('fullText', true);
    expect(snippet()).to.match(/<article lang="pt" dir="ltr">\s*<h4>Organizações de direitos humanos/);
    expect(snippet()).to.contain('<h5>Assinado por</h5>');
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
    const { snippet, preview, set } = await openGenerator();
    await set('lang', 'es');
    await set('previewCount', '2');
    await set('headingLevel', '3');
    await set('theme', 'dark');
    await set('accent', '#ffd166');
    await set('fullText', true);
    const pasted = await pasteIntoBlankPage(snippet());
    expect(describeWidget(pasted)).to.deep.equal(describeWidget(preview()));
    expect(pasted.querySelector('article h3').textContent, 'full text inside for crawlers').to.match(/^Organizaciones/);
  });
});
