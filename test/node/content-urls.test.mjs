import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compileContent } from '../../scripts/content/compile.mjs';
import { ContentError } from '../../scripts/content/problems.mjs';
import { contentWith, lineOf } from './content-helpers.mjs';

// The canonical URL becomes the widget's "Original publication" link and the no-script link in
// every partner's snippet (dist/embed.html): it must be a web address, never a script.
describe('the canonical URL in statement.yaml', () => {
  for (const bad of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative/path']) {
    it(`rejects ${bad}`, () => {
      const dir = contentWith({ 'statement.yaml': (text) => text.replace(/^canonicalUrl: .*$/m, `canonicalUrl: '${bad}'`) });
      assert.throws(
        () => compileContent(dir),
        (error) => {
          assert.ok(error instanceof ContentError);
          assert.equal(error.problems.length, 1, error.message);
          const [problem] = error.problems;
          assert.equal(problem.line, lineOf(dir, 'statement.yaml', 'canonicalUrl:'));
          assert.match(problem.message, /invalid value/);
          assert.match(problem.fix, /https:\/\//);
          return true;
        },
      );
    });
  }
});
