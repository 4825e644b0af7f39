import { join } from 'node:path';
import { compileContent } from '../../scripts/content/compile.mjs';
import { renderFullText } from '../../scripts/rollup/server-render.mjs';

/**
 * Dev-server middleware: the statements written for the tests (test/fixtures/statements/<id>/),
 * compiled on request by the content build's own compiler, as data and not as modules:
 * /fixture-statements/<id>/statement.json (the model the element renders) and
 * /fixture-statements/<id>/full-text/<lang>.html (its full-text snippet's fragment).
 * A content mistake in a fixture answers 500 with the build's message.
 */
export function fixtureStatementsServed(rootDir = process.cwd()) {
  return async function serveFixtureStatement(context, next) {
    const match = /^\/fixture-statements\/([a-z0-9-]+)\/(?:statement\.json|full-text\/([a-z]{2,3})\.html)$/.exec(context.path);
    if (!match) return next();
    const [, id, lang] = match;
    try {
      const statement = compileContent(join(rootDir, 'test/fixtures/statements', id));
      context.body = lang ? await renderFullText(statement, lang, rootDir) : JSON.stringify(statement);
      context.type = lang ? 'text/html' : 'application/json';
    } catch (error) {
      context.status = 500;
      context.body = String(error?.message ?? error);
    }
  };
}
