import { LineCounter, parseDocument } from 'yaml';
import { ContentProblem } from './problems.mjs';

/**
 * Parses YAML keeping positions, so schema errors (which speak of data paths) can be
 * reported at the line the editor has to change.
 *
 * @param {string} text
 * @param {string} file
 * @param {number} firstLine the line of `text` within `file` (front matter starts below `---`)
 * @returns {{ data: unknown, lineOf: (path: (string|number)[]) => number, problems: ContentProblem[] }}
 */
export function readYaml(text, file, firstLine = 1) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (/** @type {number} */ offset) => lineCounter.linePos(offset).line + firstLine - 1;
  const problems = doc.errors.map(
    (error) =>
      new ContentProblem(
        file,
        toFileLine(error.pos[0]),
        `this is not valid YAML (${error.message.split('\n')[0]})`,
        'check the indentation and quote values that contain ": " or start with a special character',
      ),
  );
  const lineOf = (/** @type {(string|number)[]} */ path) => {
    // Walk up until a node exists: a missing key is reported at its parent.
    for (let depth = path.length; depth >= 0; depth--) {
      const node = /** @type {any} */ (doc.getIn(path.slice(0, depth), true));
      if (node && node.range) return toFileLine(node.range[0]);
    }
    return firstLine;
  };
  return { data: problems.length ? undefined : doc.toJS(), lineOf, problems };
}
