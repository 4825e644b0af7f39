// What both e2e checks share around their rows: Chromium, the table of what readers get, the
// counts and the exit code, and a clean-up that runs whatever happens, Ctrl-C included.
import { closeBrowser, launchBrowser } from '../lib/browser.mjs';

/**
 * The rows as a Markdown table, a column per [heading, key] and the verdict last.
 * @param {[string, string][]} columns
 * @param {{ problems: string[] }[]} rows
 */
function verdictTable(columns, rows) {
  const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [`| ${[...columns.map(([heading]) => heading), 'verdict'].join(' | ')} |`, `|${'---|'.repeat(columns.length + 1)}`];
  for (const row of rows) {
    const verdict = row.problems.length ? `**BAD**: ${row.problems.join('; ')}` : 'ok';
    lines.push(`| ${[...columns.map(([, key]) => row[key]), verdict].map(cell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/**
 * Runs one e2e check and sets the exit code: non-zero on any bad row, any other failure it
 * reports, or any error.
 * @param {object} check
 * @param {string} check.name e.g. "WordPress check"
 * @param {[string, string][]} check.columns the table's columns before the verdict
 * @param {(browser: import('puppeteer-core').Browser) => Promise<{ rows: { problems: string[] }[], failures?: string[] }>} check.run
 *   given Chromium; failures: what else went wrong, printed after the table
 * @param {() => Promise<void> | void} [check.cleanUp] stops and removes what the check started
 */
export async function runCheck({ name, columns, run, cleanUp = () => {} }) {
  const startedAt = Date.now();
  let browser;
  const stop = async () => {
    await closeBrowser(browser);
    browser = undefined;
    await cleanUp();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => stop().finally(() => process.exit(130)));
  }
  let ok = false;
  try {
    browser = await launchBrowser();
    const { rows, failures = [] } = await run(browser);
    console.log(`\n${verdictTable(columns, rows)}\n`);
    for (const failure of failures) console.log(failure);
    const bad = rows.filter((row) => row.problems.length).length;
    console.log(`${name}: ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    console.log(`${rows.length - bad} passed, ${bad} failed`);
    ok = bad === 0 && failures.length === 0;
  } catch (error) {
    console.error(error);
  } finally {
    await stop();
  }
  process.exitCode = ok ? 0 : 1;
}
