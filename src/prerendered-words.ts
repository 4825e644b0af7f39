import { render, type CSSResult, type CSSResultOrNative } from 'lit';

/**
 * Hydration adopts a server render by its templates alone: Lit matches the templates' digests
 * and never reads the text or the URLs bound in them, so a pre-rendered snippet whose title,
 * paragraphs, names or links were edited would go on showing the edits as the statement. This
 * compares what the adopted root shows with a render of the compiled statement into a detached
 * fragment: every element with its attributes, every text, and the root's <style>.
 */
export function showsOwnRender(root: ShadowRoot, expected: unknown, host: object, styles: CSSResultOrNative[]): boolean {
  const fresh = document.createDocumentFragment();
  render(expected, fresh, { host });
  const css = fold(styles.map((style) => (style as CSSResult).cssText).join(''));
  // Trimmed: a snippet puts its <style> on a line of its own, so the root opens with line breaks.
  return readable(root).trim() === readable(fresh).trim() && [...root.querySelectorAll('style')].every((style) => fold(style.textContent!) === css);
}

/** The server writes line breaks and indentation where the client may hold a snippet's single spaces. */
const fold = (text: string) => text.replace(/\s+/g, ' ');

/**
 * What a subtree shows, as one string. Attributes are sorted: the server writes them in the
 * template's order, the client sets bound ones after the static ones. Left out: comments (Lit's
 * markers), <style> (compared on its own), and empty hidden elements, such as the guard a
 * pre-rendered snippet opens with for WordPress (src/snippets/).
 */
function readable(node: Node): string {
  const children = () => [...node.childNodes].map(readable).join('');
  // Node types by number: text 3, fragment (the shadow root) 11, element 1.
  if (node.nodeType === 3) return fold((node as Text).data).replace(/</g, '&lt;');
  if (node.nodeType === 11) return children();
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  if (el.localName === 'style' || (el.hasAttribute('hidden') && !el.hasChildNodes())) return '';
  const attributes = [...el.attributes].map(({ name, value }) => ` ${name}=${JSON.stringify(value)}`).sort();
  return `<${el.localName}${attributes.join('')}>${children()}</>`;
}
