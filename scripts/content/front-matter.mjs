/**
 * Splits a Markdown file into its `---` front matter and body, remembering on which line
 * each starts so both parsers can report lines of the whole file.
 *
 * @param {string} text
 * @returns {{ frontMatter: string, frontMatterLine: number, body: string, bodyLine: number } | undefined}
 */
export function splitFrontMatter(text) {
  const lines = text.split('\n');
  if (lines[0].trim() !== '---') return undefined;
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) return undefined;
  return {
    frontMatter: lines.slice(1, end).join('\n'),
    frontMatterLine: 2,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
