import { expect } from '@open-wc/testing';
import { closeFrames, openFrame } from '../support/frames.js';
import { titleOf } from '../support/widget.js';
import { builtDir } from '../support/built-statement.js';

/** Adds the snippet's script element to a framed page; resolves with how it ended. */
function addScript(win: Window, integrity: string): Promise<'load' | 'error'> {
  const script = win.document.createElement('script');
  script.src = `${builtDir}/joint-statement.js`;
  script.integrity = integrity;
  script.crossOrigin = 'anonymous';
  const ended = new Promise<'load' | 'error'>((resolve) => {
    script.addEventListener('load', () => resolve('load'));
    script.addEventListener('error', () => resolve('error'));
  });
  win.document.head.append(script);
  return ended;
}

describe('the integrity hash in dist/embed.json', () => {
  after(closeFrames);

  it('lets the browser run the built file, and refuses it when one character of the hash differs', async () => {
    const { statements } = await (await fetch('/dist/embed.json')).json();
    const { integrity } = statements.find(({ id }: { id: string }) => `/dist/${id}` === builtDir).script;
    const win = await openFrame('/test/fixtures/hostile/snippet.html', { widgets: false });

    const last = integrity.at(-2) === 'A' ? 'B' : 'A'; // the final '=' is padding: change the one before
    expect(await addScript(win, `${integrity.slice(0, -2)}${last}${integrity.at(-1)}`)).to.equal('error');
    expect(win.customElements.get('joint-statement'), 'not run with a wrong hash').to.equal(undefined);

    expect(await addScript(win, integrity)).to.equal('load');
    const el = win.document.querySelector<any>('joint-statement')!;
    await el.updateComplete;
    expect(titleOf(el).textContent).to.match(/^Human Rights Organizations/);
  });
});
