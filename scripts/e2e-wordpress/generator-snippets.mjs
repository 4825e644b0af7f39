// Every snippet the embed generator offers, written by the module the generator and the build
// share (scripts/lib/snippets.mjs), plus dist/embed.html: one entry per distinct snippet,
// named by the choices that give it. (The shortcode is the plugin's own cases.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everySnippet } from '../lib/snippets.mjs';

/** @returns {{ name: string, html: string, expect?: { lang: string, level: string, preview: number } }[]} */
export function generatorSnippets(root) {
  const embed = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8'));
  const fullTexts = Object.fromEntries(embed.languages.map(({ lang }) => [lang, readFileSync(join(root, `dist/full-text/${lang}.html`), 'utf8')]));
  const embedHtml = readFileSync(join(root, 'dist/embed.html'), 'utf8');
  const byCode = new Map([[embedHtml.trim(), { name: 'dist/embed.html', destinations: [] }]]);
  for (const { code, choices } of everySnippet(embed, fullTexts)) {
    if (!code.startsWith('<')) continue;
    const { lang, previewCount, headingLevel, theme, delivery } = choices;
    const entry = byCode.get(code) ?? { name: `generator: ${delivery}, ${lang ? `${lang}, ${previewCount} names, h${headingLevel}, ${theme}` : 'defaults'}`, choices, destinations: [] };
    entry.destinations.push(choices.destination);
    byCode.set(code, entry);
  }
  return [...byCode].map(([html, { name, choices, destinations }]) => ({
    name: destinations.length ? `${name} (${destinations.join(', ')})` : name,
    html,
    expect: choices?.lang ? { lang: choices.lang, level: `h${choices.headingLevel}`, preview: Number(choices.previewCount) } : undefined,
  }));
}
