#!/usr/bin/env node
// `npm run e2e:publishing`: the statement in the publishing tools partners use besides
// WordPress, for real. Each destination the embed generator offers, its output built into a
// partner's post by its tool (Hugo and Jekyll from Debian, Eleventy, sanitize-html and DOMPurify
// from npm, WordPress's wpautop from Debian's wordpress package), the post read in headless
// Chromium: the working widget where HTML and scripts get through, else the full text once in
// its language, never markup or CSS as text. Prints tool × snippet × what readers get, and
// exits non-zero on any bad row. It stops the server and browser it starts, and each build's
// temporary folder is removed as soon as the page is read from it.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCompiledStatement } from '../../lib/compiled-statement.mjs';
import { startServer } from '../../lib/server.mjs';
import { checkPage } from '../wordpress/check-page.mjs';
import { judge } from '../wordpress/verdict.mjs';
import { runCheck } from '../run-check.mjs';
import { runStepsBefore } from '../../lib/steps-before.mjs';
import { buildCases } from './cases.mjs';
import { ensureTools } from './packages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
let server;

const page = (id, content) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${id}</title></head><body><main>\n${content}\n</main></body></html>\n`;

/** What a reader gets, against what the row expects. */
function verdictOf(row, facts) {
  if (row.expect === 'dropped') {
    const problems = [];
    if (facts.junk) problems.push(`prints code as text: "${facts.junk.trim()}"`);
    if (facts.copies > 1) problems.push(`the statement ${facts.copies} times`);
    if (facts.errors.length) problems.push(`errors: ${facts.errors.join('; ')}`);
    return { gets: facts.copies ? `${facts.fallback ?? 'widget'} (lang=${facts.fallbackLang})` : 'nothing (the tool leaves the HTML out)', problems };
  }
  const verdict = judge({ ...row, who: row.expect === 'widget' ? 'administrator' : 'author', plugin: false }, facts);
  if (row.expect === 'fallback' && facts.elements) verdict.problems.push(`${facts.elements} <joint-statement> left in plain HTML`);
  if (row.langDropped && facts.fallbackLang !== row.lang) {
    verdict.problems = verdict.problems.filter((problem) => !problem.includes('text marked as lang='));
    verdict.gets += ` (${row.lang} text: the tool drops every lang attribute)`;
  }
  return verdict;
}

/** @param {import('puppeteer-core').Browser} browser */
async function main(browser) {
  ensureTools();
  runStepsBefore(root, ['bundle']);
  const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
  // An empty icon: the browser asks for one, and a 404 would count as an error on the page.
  const pages = new Map([['/favicon.ico', '']]);
  server = await startServer(pages);

  const rows = [];
  for (const entry of index.statements) {
    const statement = readCompiledStatement(root, entry.id);
    const expected = { titles: statement.translations.map((t) => t.title), signatories: statement.signatories.length, canonicalUrl: statement.canonicalUrl };
    // E2E_ONLY=Hugo runs the rows whose tool names it, while working on one.
    const cases = buildCases(root, index, entry).filter((row) => !process.env.E2E_ONLY || row.tool.includes(process.env.E2E_ONLY));
    console.log(`${entry.id}: ${cases.length} rows: building each post with its tool and reading it in Chromium`);
    for (const [number, row] of cases.entries()) {
      const id = `${entry.id}-row-${number + 1}`;
      try {
        const html = await row.build();
        pages.set(`/${id}.html`, page(id, html));
        const withoutScript = row.expect === 'widget' && !row.hydrates;
        const facts = await checkPage(browser, { ...expected, id, url: `${server.origin}/${id}.html`, withoutScript }, { root, releaseUrl: entry.script.url });
        const verdict = verdictOf({ level: 'h2', preview: 3, ...row, lang: row.lang ?? statement.original }, facts);
        // A control row passes when the check finds what is wrong with it.
        if (row.control)
          Object.assign(verdict, {
            gets: `${verdict.gets}; found: ${verdict.problems.join('; ') || 'nothing'}`,
            problems: verdict.problems.length ? [] : ['the check saw nothing wrong'],
          });
        rows.push({ ...row, tool: `${entry.id}: ${row.tool}`, ...verdict });
        if (process.env.E2E_VERBOSE) console.log(id, row.tool, row.snippet, JSON.stringify(facts), `\n${html}`);
      } catch (error) {
        rows.push({ ...row, tool: `${entry.id}: ${row.tool}`, gets: 'no page', problems: [String(error.message).split('\n')[0]] });
      }
    }
  }

  return { rows };
}

await runCheck({
  name: 'Publishing check',
  columns: [
    ['tool', 'tool'],
    ['snippet', 'snippet'],
    ['what readers get', 'gets'],
  ],
  run: main,
  cleanUp: async () => {
    await server?.close();
    server = undefined;
  },
});
