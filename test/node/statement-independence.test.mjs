import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildTestReleases, SECOND_ID } from '../../scripts/cli/build-test-releases.mjs';
import { builtId, root } from './content-helpers.mjs';

// A statement's update (a signatory, a correction) must change no other statement's bytes or
// integrity, or every partner pinned to the others would have to paste a new snippet.
describe("one statement's files, whatever the other statements of the build", () => {
  const index = (dir) => JSON.parse(readFileSync(join(dir, 'embed.json'), 'utf8'));
  const alone = join(root, 'dist');
  const withSecond = join(root, 'test/.built/current/dist');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  before(async () => {
    // This checkout with one more statement (scripts/cli/build-test-releases.mjs; kept when current).
    await buildTestReleases();
  });

  it('are byte for byte the same with another statement added to the build, and so is their integrity', () => {
    for (const file of ['joint-statement.js', 'joint-statement-hydrate.js', 'embed.html', 'embed-prerendered.html']) {
      assert.ok(readFileSync(join(alone, builtId, file)).equals(readFileSync(join(withSecond, builtId, file))), file);
    }
    const entry = (dir) => index(dir).statements.find(({ id }) => id === builtId);
    assert.deepEqual(entry(withSecond), entry(alone));
    const ids = index(withSecond).statements.map(({ id }) => id);
    for (const id of [...index(alone).statements.map((statement) => statement.id), SECOND_ID]) assert.ok(ids.includes(id), id);
  });

  it('carry neither the package version nor another statement', () => {
    const second = index(withSecond).statements.find(({ id }) => id === SECOND_ID);
    for (const file of ['joint-statement.js', 'joint-statement-hydrate.js']) {
      const seed = readFileSync(join(withSecond, builtId, file), 'utf8');
      const other = readFileSync(join(withSecond, SECOND_ID, file), 'utf8');
      assert.ok(!seed.includes(version) && !other.includes(version), `${file} names version ${version}`);
      assert.ok(!seed.includes(SECOND_ID) && !seed.includes(second.titles[second.original]), `${builtId}'s ${file} carries ${SECOND_ID}`);
      assert.ok(!other.includes(`"${builtId}"`), `${SECOND_ID}'s ${file} carries ${builtId}`);
    }
  });
});
