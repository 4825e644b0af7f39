import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { root } from './content-helpers.mjs';

const bundle = readFileSync(join(root, 'dist/joint-statement.js'), 'utf8');

describe('dist/joint-statement.js', () => {
  it('stays within 16 KB gzip, Lit and the statement included', () => {
    const gzip = gzipSync(bundle, { level: 9 }).length;
    assert.ok(gzip <= 16 * 1024, `${gzip} bytes gzip is over the 16 KB budget`);
  });

  it('carries the statement inside (no request for content at run time)', () => {
    assert.ok(bundle.includes('Grupo de Contato Internacional'));
    assert.doesNotMatch(bundle, /\bfetch\(|XMLHttpRequest|import\(/);
  });

  it('contains none of the build-time parsers and validators', () => {
    for (const marker of ['micromark', 'mdast', 'LineCounter', 'ajv', 'additionalProperties', 'yaml']) {
      assert.ok(!bundle.includes(marker), `the bundle contains "${marker}"`);
    }
  });

  it('asks V8 to compile it while it downloads (the hint only works on the first line)', () => {
    assert.ok(bundle.startsWith('//# allFunctionsCalledOnLoad\n(function(){'), bundle.slice(0, 60));
  });

  it('uses no innerHTML, eval or unsafe HTML directives', () => {
    assert.doesNotMatch(bundle, /\beval\(|new Function\(|unsafeHTML|outerHTML\s*=|insertAdjacentHTML/);
  });
});
