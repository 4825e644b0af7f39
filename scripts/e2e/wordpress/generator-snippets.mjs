// Every snippet the embed generator offers, written by the module the generator and the build
// share (src/snippets/), plus dist/embed.html: one entry per distinct snippet,
// named by the choices that give it. (The shortcode is the plugin's own cases.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyPartFile, everySnippet } from '../../../src/snippets/index.js';

/** @returns {{ name: string, html: string, hydrates: boolean, expect?: { lang: string, level: string, preview: number } }[]} */
export function generatorSnippets(root) {
  // The build's first statement (the plugin's; several statements are issue 20's item 6).
  const index = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
  const embed = { package: index.package, version: index.version, ...index.statements[0] };
  const files = Object.fromEntries(everyPartFile(embed).map((file) => [file, readFileSync(join(root, 'dist', embed.id, file), 'utf8')]));
  const byCode = new Map();
  for (const file of [embed.snippet, embed.prerendered])
    byCode.set(readFileSync(join(root, 'dist', file), 'utf8').trim(), { name: `dist/${file}`, destinations: [] });
  for (const { code, choices } of everySnippet(embed, files)) {
    // The element's snippets (the newsletter's plain HTML has no widget to check).
    if (!code.includes('<joint-statement')) continue;
    const { kind, lang, previewCount, headingLevel, theme, delivery } = choices;
    const kindName = kind === 'prerendered' ? 'pre-rendered, ' : '';
    const entry = byCode.get(code) ?? {
      name: `generator: ${kindName}${delivery}, ${lang ? `${lang}, ${previewCount} names, h${headingLevel}, ${theme}` : 'defaults'}`,
      choices,
      destinations: [],
    };
    entry.destinations.push(choices.destination);
    byCode.set(code, entry);
  }
  return [...byCode].map(([html, { name, choices, destinations }]) => ({
    name: destinations.length ? `${name} (${destinations.join(', ')})` : name,
    html,
    // Pre-rendered: the widget must be adopted (hydrated), not drawn a second time.
    hydrates: html.includes('<template shadowroot'),
    expect: choices?.lang ? { lang: choices.lang, level: `h${choices.headingLevel}`, preview: Number(choices.previewCount) } : undefined,
  }));
}
