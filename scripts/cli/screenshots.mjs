#!/usr/bin/env node
// `npm run screenshots`: pictures of the real element, light and dark, for the README.
// Uses the built bundle (built first if it is not) and the Debian Chromium.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeBrowser, launchBrowser, openPage, sleep } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { runStepsBefore } from '../lib/steps-before.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const page = (theme, lang) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<style>body { margin: 0; padding: 24px; font-family: Georgia, serif; background: ${theme === 'dark' ? '#0d0f12' : '#f4f1ea'}; }</style>
<script src="/joint-statement.js"></script></head>
<body><joint-statement theme="${theme}" expanded></joint-statement></body></html>`;

const shots = [
  { file: 'docs/widget-light.png', theme: 'light', lang: 'en' },
  { file: 'docs/widget-dark.png', theme: 'dark', lang: 'es' },
];
// The build's first statement, as its bundle draws it.
runStepsBefore(root, ['bundle']);
const [first] = JSON.parse(readFileSync(join(root, 'dist/embed.json'), 'utf8')).statements;
const files = new Map([['/joint-statement.js', readFileSync(join(root, 'dist', first.id, 'joint-statement.js'))]]);
for (const shot of shots) files.set(`/${shot.theme}.html`, page(shot.theme, shot.lang));

const server = await startServer(files);
const browser = await launchBrowser();
try {
  for (const shot of shots) {
    const tab = await openPage(browser);
    // Taller than the widget: in a shorter window the sticky "Show fewer" would be drawn over the list.
    await tab.setViewport({ width: 760, height: 1600, deviceScaleFactor: 1 });
    await tab.goto(`${server.origin}/${shot.theme}.html`);
    await tab.waitForFunction(() => document.querySelector('joint-statement')?.shadowRoot?.querySelector('[part="title"]'));
    await sleep(300);
    const element = await tab.$('joint-statement');
    await element.screenshot({ path: join(root, shot.file) });
    await tab.close();
    console.log(`wrote ${shot.file}`);
  }
} finally {
  await closeBrowser(browser);
  await server.close();
}
