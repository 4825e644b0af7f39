// Variants of the real statement for behaviour the seed content does not exercise
// (a date, linked signatories, formatted runs), each under its own tag.
import type { Statement } from '../../src/content-model.js';
import { statement } from './built-statement.js';
import { JointStatement } from '../../src/joint-statement.js';

export function defineStatementVariant(tag: string, changes: Partial<Statement>): void {
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends JointStatement {
      protected override readonly ownStatement: Statement = { ...statement, ...changes };
    },
  );
}

export const linkedSignatories = statement.signatories.map((signatory, index) => ({
  ...signatory,
  url: `https://example.org/signatory-${index + 1}`,
}));

const countryCodes = ['VE', 'BR', 'PE', 'US', 'CO', 'AR', 'CL', 'MX', 'ES', 'PT'];
const words = ['Acción', 'Derechos', 'Justiça', 'Solidaridad', 'Memória', 'Paz', 'Educación', 'Cidadania'];

/** A long list: names are unique, some accented, countries cycle through ten codes. */
export function manySignatories(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    name: `${words[index % words.length]} ${words[(index * 7 + 3) % words.length]} ${String(index + 1).padStart(5, '0')}`,
    country: countryCodes[index % countryCodes.length],
  }));
}
