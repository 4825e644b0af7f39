import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { API_PAGE, apiTables, elementIn, writtenTables } from '../../scripts/cli/api-docs.mjs';
import { root } from './content-helpers.mjs';
import { PALETTES } from '../../src/palette.js';

// The manifest is generated from the element's JSDoc; the API tables in docs/api.md are written
// from the manifest (npm run docs:api) and must say what it says.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const element = elementIn(manifest);
const page = readFileSync(join(root, API_PAGE), 'utf8');

describe('the public surface', () => {
  it('is described in custom-elements.json', () => {
    assert.ok(element, 'joint-statement is in the manifest');
    assert.deepEqual(element.attributes.map((a) => a.name).sort(), ['expanded', 'heading-level', 'lang', 'preview-count', 'statement', 'theme']);
    assert.deepEqual(element.events.map((e) => e.name).sort(), ['language-change', 'signatories-toggle']);
  });

  // The JSDoc is prose the manifest copies; the styles take their colours from src/palette.js.
  for (const name of ['accent', 'text', 'background']) {
    it(`documents the ${name} colours the widget falls back to`, () => {
      const property = element.cssProperties.find((p) => p.name === `--joint-statement-${name}`);
      assert.ok(property, `--joint-statement-${name} is documented`);
      const { light, dark } = { light: PALETTES.light[name], dark: PALETTES.dark[name] };
      assert.match(
        property.description,
        new RegExp(`Default \`${light}\` \\(light\\), \`${dark}\` \\(dark\\)`),
        'the @cssprop JSDoc in src/joint-statement.ts',
      );
    });
  }

  const expected = apiTables(manifest);
  const written = writtenTables(page, Object.keys(expected));
  for (const [name, table] of Object.entries(expected)) {
    it(`has its ${name} table in ${API_PAGE} as the JSDoc says (npm run docs:api writes it)`, () => {
      assert.ok(written[name] !== undefined, `${API_PAGE} has no <!-- api:${name} --> … <!-- /api:${name} --> markers`);
      assert.equal(written[name], table, `${API_PAGE}'s ${name} table differs from custom-elements.json: run npm run docs:api`);
    });
  }
});
