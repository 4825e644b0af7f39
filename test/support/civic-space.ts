// The statement written for the tests in English, Arabic and French
// (test/fixtures/statements/fixture-civic-space/), compiled by the content build's own
// compiler (see fixture-statements-served.mjs), for what the seed cannot show: right-to-left
// text, Arabic's six plural forms, names in Arabic script.
import type { Signatory, Statement } from '../../src/content-model.js';
import { JointStatement } from '../../src/joint-statement.js';

let compiled: Promise<Statement> | undefined;

/** The compiled statement, fetched once per page. */
export function loadCivicSpace(): Promise<Statement> {
  compiled ??= fetch('/fixture-statements/fixture-civic-space/statement.json').then(async (response) => {
    if (!response.ok) throw new Error(`fixture-civic-space: ${await response.text()}`);
    return response.json();
  });
  return compiled;
}

/** Defines `tag` as the element carrying `statement` (the civic-space one, maybe changed). */
export function defineCivicSpace(tag: string, statement: Statement): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends JointStatement {
      protected override readonly ownStatement: Statement = statement;
    },
  );
}

/**
 * `count` invented Arabic names, unique, in groups that the filter tells apart: 100 contain
 * "النخيل", 11 "الزيتون", 3 "الياسمين", 2 "السنديان" and 1 "الرمان", so each of Arabic's plural
 * forms (0, 1, 2, 3, 11, 100 matches) is one query away.
 */
export function arabicSignatoryGroups(): Signatory[] {
  const groups: [string, number][] = [
    ['رابطة النخيل', 100],
    ['مرصد الزيتون', 11],
    ['بيت الياسمين', 3],
    ['دار السنديان', 2],
    ['ملتقى الرمان', 1],
  ];
  const countries = ['EG', 'TN', 'MA', 'IQ'];
  return groups.flatMap(([name, size]) =>
    Array.from({ length: size }, (_, index) => ({
      name: size === 1 ? name : `${name} ${index + 1}`,
      country: countries[index % countries.length],
      lang: 'ar',
    })),
  );
}
