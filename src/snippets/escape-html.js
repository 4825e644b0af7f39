// One escape for every piece of HTML the build and the generator write from content or from a
// partner's input, so a title, a URL or a typed path can never break out of its markup.
// A plain module: Node build scripts and demo pages in the browser import the same file.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (character) => ENTITIES[character]);
}
