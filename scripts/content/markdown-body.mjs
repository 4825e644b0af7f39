import { fromMarkdown } from 'mdast-util-from-markdown';
import { ContentProblem } from './problems.mjs';

const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);
// Invisible characters that would leave a paragraph looking empty to a reader.
const blank = /^(?:[\s\u00a0\u200b\u200c\u2060\ufeff]|\u200d)*$/;

/**
 * Turns a statement's Markdown body into paragraphs of inline runs (text, emphasis, strong,
 * link): the only shapes the element renders. Anything else is a problem, never silently
 * dropped, because dropping words from a signed statement changes what was signed.
 *
 * @param {string} body
 * @param {string} file
 * @param {number} bodyLine the line of the body's first line within the file
 * @returns {{ paragraphs: import('./model.mjs').Inline[][], lines: number[], problems: ContentProblem[] }}
 */
export function readParagraphs(body, file, bodyLine) {
  /** @type {ContentProblem[]} */
  const problems = [];
  const lineOf = (/** @type {any} */ node) => (node.position?.start.line ?? 1) + bodyLine - 1;
  const report = (/** @type {any} */ node, /** @type {string} */ message, /** @type {string} */ fix) =>
    problems.push(new ContentProblem(file, lineOf(node), message, fix));

  /** @returns {import('./model.mjs').Inline[]} */
  const inlines = (/** @type {any[]} */ nodes) => nodes.flatMap((node) => inline(node));

  /** @returns {import('./model.mjs').Inline[]} */
  function inline(/** @type {any} */ node) {
    switch (node.type) {
      case 'text':
        // A soft line break inside a paragraph is a space in the reader's text.
        return [node.value.replace(/\s*\n\s*/g, ' ')];
      case 'break':
        return [' '];
      case 'emphasis':
        return [{ kind: 'em', children: inlines(node.children) }];
      case 'strong':
        return [{ kind: 'strong', children: inlines(node.children) }];
      case 'link':
        checkLink(node);
        return [{ kind: 'link', href: node.url, children: inlines(node.children) }];
      case 'html':
        reportRawHtml(node);
        return [];
      default:
        report(node, `"${node.type}" is not supported inside a paragraph`, inlineFix);
        return [];
    }
  }

  function reportRawHtml(/** @type {any} */ node) {
    // `<script>…</script>` is two HTML nodes but one mistake: one report per line is enough.
    const line = lineOf(node);
    if (problems.some((problem) => problem.line === line && problem.message.startsWith('raw HTML'))) return;
    report(node, `raw HTML is not allowed (${node.value.slice(0, 40)})`, rawHtmlFix);
  }

  function checkLink(/** @type {any} */ node) {
    let protocol = '';
    try {
      protocol = new URL(node.url).protocol;
    } catch {
      // Relative URLs would resolve against each partner's site, so they are errors too.
    }
    if (!allowedProtocols.has(protocol)) {
      report(
        node,
        `link "${node.url}" is not an http(s) or mailto link`,
        'use a full address starting with https://, http:// or mailto:',
      );
    }
  }

  /** @type {import('./model.mjs').Inline[][]} */
  const paragraphs = [];
  /** @type {number[]} */
  const lines = [];
  for (const block of fromMarkdown(body).children) {
    if (block.type === 'paragraph') {
      const runs = inlines(block.children);
      if (blank.test(textOf(runs))) {
        report(block, 'this paragraph is empty', 'write its text or delete the paragraph in every language');
      }
      paragraphs.push(runs);
      lines.push(lineOf(block));
    } else {
      if (block.type === 'html') reportRawHtml(block);
      else report(block, `a "${block.type}" block is not supported`, 'a statement body is plain paragraphs separated by a blank line');
      // Still counts as a paragraph's place, so one bad block is not also reported as
      // misaligned paragraphs in every other language.
      paragraphs.push([]);
      lines.push(lineOf(block));
    }
  }
  return { paragraphs, lines, problems };
}

const rawHtmlFix =
  'write Markdown instead (*emphasis*, **strong**, [text](https://…)); to show a literal "<", write "\\<"';
const inlineFix = 'use only plain text, *emphasis*, **strong** and [links](https://…)';

/** @param {import('./model.mjs').Inline[]} runs */
function textOf(runs) {
  return runs.map((run) => (typeof run === 'string' ? run : textOf(run.children))).join('');
}
