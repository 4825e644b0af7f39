#!/usr/bin/env node
// `npm run docs:api`: docs/api.md's tables of attributes, events, CSS parts and custom
// properties, written from custom-elements.json (which `npm run build` makes from the element's
// JSDoc) between that page's `<!-- api:NAME -->` and `<!-- /api:NAME -->` markers. The public
// surface is documented once, in JSDoc; test/node/public-surface.test.mjs fails while the
// page's tables differ from what this writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runStepsBefore } from '../lib/steps-before.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the tables live, from the project's root. */
export const API_PAGE = 'docs/api.md';

/** The `<joint-statement>` declaration in a custom-elements manifest. */
export function elementIn(manifest) {
  return manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'joint-statement');
}

const code = (text) => `\`${text}\``;
// One line per cell; a pipe would end the cell.
const cell = (text = '') => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');

/** Markdown tables by marker name: attributes (and properties), events, parts, cssProperties. */
export function apiTables(manifest) {
  const element = elementIn(manifest);
  const publicFields = element.members.filter((member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public');
  return {
    attributes: table(
      ['Attribute', 'Property', 'Type', 'Description'],
      publicFields.map((field) => [
        field.attribute ? code(field.attribute) : '—',
        code(field.name),
        `${field.type?.text ?? ''}${field.readonly ? ' (read-only)' : ''}`,
        field.description,
      ]),
    ),
    events: table(
      ['Event', 'When'],
      element.events.map((event) => [code(event.name), event.description]),
    ),
    parts: table(
      ['Part', 'What'],
      element.cssParts.map((part) => [code(part.name), part.description]),
    ),
    cssProperties: table(
      ['Property', 'What, and its default'],
      element.cssProperties.map((property) => [code(property.name), property.description]),
    ),
  };
}

const markers = (name) => [`<!-- api:${name} -->`, `<!-- /api:${name} -->`];

/** The text between each pair of markers in the page, by name. */
export function writtenTables(page, names) {
  return Object.fromEntries(
    names.map((name) => {
      const [start, end] = markers(name);
      const from = page.indexOf(start);
      const to = page.indexOf(end);
      return [name, from === -1 || to < from ? undefined : page.slice(from + start.length, to).trim()];
    }),
  );
}

/** The page with each table replaced; throws when a pair of markers is missing. */
function withApiTables(page, tables) {
  let result = page;
  for (const [name, markdown] of Object.entries(tables)) {
    const [start, end] = markers(name);
    const from = result.indexOf(start);
    const to = result.indexOf(end);
    if (from === -1 || to < from) throw new Error(`${API_PAGE} has no ${start} … ${end} markers`);
    result = `${result.slice(0, from + start.length)}\n${markdown}\n${result.slice(to)}`;
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runStepsBefore(root, ['manifest']);
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const pagePath = join(root, API_PAGE);
  writeFileSync(pagePath, withApiTables(readFileSync(pagePath, 'utf8'), apiTables(manifest)));
  console.log(`${API_PAGE}: API tables written from custom-elements.json`);
}
