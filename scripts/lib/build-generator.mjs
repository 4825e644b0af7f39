// The snippet generator as a static folder, dist/generator/, which the coordinating
// organisation uploads to its own website (partners cannot run `npm start`): the page, its
// script bundled with the snippet format (src/snippets/), its CSS, and for every statement of
// the build the files it reads and previews with. Everything it loads is inside the folder and
// addressed relative to it, so it works from any path on any host.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';

/** What the generator reads of each statement, under dist/<id>/ and in the same place under dist/generator/<id>/. */
const STATEMENT_FILES = ['joint-statement.js', 'joint-statement-hydrate.js', 'full-text', 'prerendered'];

/** Writes `<distDir>/generator/` from the statements listed in `<distDir>/embed.json`; returns the folder. */
export async function buildGenerator(root, distDir) {
  const out = join(distDir, 'generator');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const bundle = await rollup({ input: join(root, 'demo/generator.js') });
  await bundle.write({ file: join(out, 'generator.js'), format: 'es' });
  await bundle.close();

  for (const css of ['demo.css', 'generator.css']) cpSync(join(root, 'demo', css), join(out, css));

  const index = readFileSync(join(distDir, 'embed.json'), 'utf8');
  writeFileSync(join(out, 'embed.json'), index);
  for (const { id } of JSON.parse(index).statements) {
    for (const file of STATEMENT_FILES) cpSync(join(distDir, id, file), join(out, id, file), { recursive: true });
  }
  // Last: the page stands for the whole folder (scripts/lib/steps-before.mjs).
  cpSync(join(root, 'demo/generator.html'), join(out, 'index.html'));
  return out;
}
