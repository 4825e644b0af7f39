import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { builtDir } from './content-helpers.mjs';

const bundle = readFileSync(join(builtDir, 'joint-statement.js'), 'utf8');

// What docs/security.md promises partners, checked on the file they load.
describe('what dist/joint-statement.js never touches', () => {
  it('no cookie, storage, network, messaging or window-opening API', () => {
    assert.doesNotMatch(
      bundle,
      /document\.cookie|localStorage|sessionStorage|indexedDB|caches\.|serviceWorker|sendBeacon|WebSocket|EventSource|XMLHttpRequest|\bfetch\(|postMessage|window\.open\(|new Image\b/,
    );
  });

  it('parses HTML in one place only, Lit’s own templates, through the lit-html Trusted Types policy', () => {
    assert.equal(bundle.match(/innerHTML/g)?.length, 1);
    assert.match(bundle, /createPolicy\("lit-html"/);
  });
});
