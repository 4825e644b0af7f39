import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root } from './content-helpers.mjs';

// The manifest is generated from the element's JSDoc; the README must document all of it.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'joint-statement');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('the public surface', () => {
  it('is described in custom-elements.json', () => {
    assert.ok(element, 'joint-statement is in the manifest');
    assert.deepEqual(
      element.attributes.map((a) => a.name).sort(),
      ['expanded', 'heading-level', 'lang', 'preview-count', 'theme'],
    );
    assert.deepEqual(element.events.map((e) => e.name).sort(), ['language-change', 'signatories-toggle']);
  });

  for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties']) {
    it(`documents every one of its ${kind} in the README`, () => {
      for (const { name } of element[kind]) assert.ok(readme.includes(`\`${name}\``), `README lacks \`${name}\``);
    });
  }
});
