// The statement the element tests show: the build's first (content/<id>/, compiled by
// `npm run content`), which the package entry registers. Tests take its words and counts from
// here rather than quoting them, so they hold for whichever statement content/ has.
import { statements } from '../../src/statements.js';

export const statement = statements[0];

/** Where the build put its files (dist/<id>/), as the test server serves them. */
export const builtDir = `/dist/${statement.id}`;
