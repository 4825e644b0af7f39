import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildBundle } from '../../scripts/lib/build-bundle.mjs';
import { writeSyntheticContent } from '../../scripts/lib/synthetic-content.mjs';
import { root } from './content-helpers.mjs';

// The seed's bundle leaves out the filter (test/node/bundle.test.mjs); a statement with more
// than 20 names must keep it, or its readers lose the search box.
describe('a bundle built for a statement of 25 signatories', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'joint-statement-specialise-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('carries the filter, its text, its search and the paced growth', async () => {
    const content = writeSyntheticContent(join(tmp, 'content'), { count: 25 });
    const { bundle, statement } = await buildBundle(root, join(tmp, 'build'), content);
    assert.equal(statement.signatories.length, 25);
    const code = bundle.toString('utf8');
    const filterLabels = statement.translations.map(({ ui }) => ui.filter);
    for (const marker of ['signatory-filter', 'signatory-matches', 'NFD', 'requestIdleCallback', ...filterLabels]) {
      assert.ok(code.includes(marker), `the bundle lacks "${marker}"`);
    }
  });
});
