import { html, nothing } from 'lit';
import type { Statement, Translation } from './content-model.js';
import { formatStatementDate } from './messages.js';

/**
 * "Signatories as of 1 July 2019" under the signatory summary, in the reader's language, when
 * the statement says when its list was last brought up to date: a statement gains signatories
 * after publication, and a reader of a pinned copy should know how current the list is.
 */
export function renderSignatoriesAsOf(shown: Translation, { updated }: Pick<Statement, 'updated'>) {
  const template = shown.ui.signatoriesAsOf;
  if (!updated || !template?.includes('{date}')) return nothing;
  const [before, after] = template.split('{date}');
  return html`<p class="as-of">${before}<time datetime=${updated}>${formatStatementDate(updated, shown)}</time>${after}</p>`;
}
