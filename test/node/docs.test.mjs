import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './content-helpers.mjs';

// A newcomer reads the README first: it stays short and leads to every page under docs/.
const README_LIMIT_BYTES = 12 * 1024;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const docsPages = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md'));
const pages = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...docsPages.map((name) => `docs/${name}`)];

/** Relative link targets of a Markdown page (`page.md#fragment`, `#fragment`), as written. */
function linkTargets(markdown) {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((target) => !/^[a-z]+:/i.test(target));
}

/** Relative link targets of a Markdown page, without their #fragment. */
function relativeLinks(markdown) {
  return linkTargets(markdown)
    .filter((target) => !target.startsWith('#'))
    .map((target) => target.split('#')[0]);
}

/** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(markdown) {
  const headings = markdown.replace(/```[\s\S]*?```/g, '').match(/^#{1,6} .*$/gm) ?? [];
  return new Set(
    headings.map((heading) =>
      heading
        .replace(/^#+ /, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );
}

describe('the documentation', () => {
  it(`keeps the README within ${README_LIMIT_BYTES / 1024} KB`, () => {
    const bytes = Buffer.byteLength(readme);
    assert.ok(bytes <= README_LIMIT_BYTES, `README.md is ${bytes} bytes: move the detail to a page under docs/`);
  });

  it('links every page under docs/ from the README', () => {
    const linked = new Set(relativeLinks(readme));
    const missing = docsPages.filter((name) => !linked.has(`docs/${name}`));
    assert.deepEqual(missing, [], `README.md does not link ${missing.join(', ')}`);
  });

  for (const page of pages) {
    it(`has no link in ${page} to a heading that is not there`, () => {
      const broken = linkTargets(readFileSync(join(root, page), 'utf8'))
        .filter((target) => target.includes('#'))
        .filter((target) => {
          const [file, fragment] = target.split('#');
          const path = file ? join(root, dirname(page), file) : join(root, page);
          return file.endsWith('.md') || !file ? existsSync(path) && !anchorsOf(readFileSync(path, 'utf8')).has(fragment) : false;
        });
      assert.deepEqual(broken, [], `${page} links headings that do not exist`);
    });

    it(`has no broken relative link in ${page}`, () => {
      const broken = relativeLinks(readFileSync(join(root, page), 'utf8')).filter((target) => !existsSync(join(root, dirname(page), target)));
      assert.deepEqual(broken, [], `${page} links files that do not exist`);
    });
  }
});
