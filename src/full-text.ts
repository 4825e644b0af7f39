import { html, nothing, type TemplateResult } from 'lit';
import type { Signatory, Statement } from './content-model.js';
import { countryName } from './country-names.js';
import { isLinkable, linkTo } from './link-to.js';
import { formatStatementDate } from './messages.js';
import { renderInline } from './render-inline.js';
import { renderSignatoriesAsOf } from './signatories-as-of.js';
import { renderTranslationNote } from './translation-note.js';
import { writingDirection } from './writing-direction.js';

/**
 * The statement in one language as plain semantic HTML, from the widget's own pieces: what the
 * full-text snippet puts inside `<joint-statement>` and the pre-rendered one after its
 * declarative root, for readers without scripts or shadow DOM and for crawlers. Rendered at
 * build time only (scripts/rollup/server-render.mjs), never hydrated; no bundle imports it.
 *
 * Written for the publishing tools that pass it on (docs/architecture.md): one element a line
 * (the lines indented as they nest), no blank line (a Markdown HTML block ends there), dates
 * and country names as the build preformatted them, and `data-block` on the paragraphs, where
 * the element keeps the reader's place as it upgrades (src/upgrade-position.ts).
 */
export function renderFullText(statement: Statement, lang: string) {
  const shown = statement.translations.find((translation) => translation.lang === lang);
  if (!shown) throw new Error(`no ${lang} text`);
  const { date, signatories, canonicalUrl } = statement;
  // The widget's own sentences, their words, links and dates (the values of its templates), in
  // plain markup: its classes would meet the partner's stylesheet here.
  const note = renderTranslationNote(shown, statement);
  const asOf = renderSignatoriesAsOf(shown, statement);
  const lines = [
    html`<h2>${shown.title}</h2>`,
    date ? html`<p><time datetime=${date}>${formatStatementDate(date, shown)}</time></p>` : nothing,
    note === nothing ? nothing : html`<p><small>${(note as TemplateResult).values}</small></p>`,
    ...shown.paragraphs.map((paragraph) => html`<p data-block>${renderInline(paragraph)}</p>`),
    html`<h3>${shown.ui.signedBy}</h3>`,
    asOf === nothing ? nothing : renderAsOf(asOf as TemplateResult),
    html`<ul>${signatories.map((signatory) => html`\n    <li>${renderName(signatory, shown.dir)}${shown.formatted?.comma ?? ', '}${countryName(signatory.country, shown)}</li>`)}\n  </ul>`,
    html`<p>${linkTo(canonicalUrl, shown.ui.source)}</p>`,
  ];
  // No template here ends in a binding: Lit would add a `<?>` after it.
  return html`<article lang=${lang} dir=${shown.dir}>\n${lines.filter((line) => line !== nothing).map((line) => html`  ${line}\n`)}</article>\n`;
}

const renderAsOf = ({ values: [before, datetime, date, after] }: TemplateResult) => html`<p>${before}<time datetime=${datetime}>${date}</time>${after}</p>`;

/**
 * The name in its own language and, when it differs from the text's, its own direction (the
 * widget's stylesheet does that there): "Open Assembly Project Ltd." in an Arabic list would
 * otherwise have its full stop drawn at the other end.
 */
function renderName({ name, url, lang }: Signatory, textDir: string) {
  const nameDir = lang && writingDirection(lang);
  const dir = nameDir && nameDir !== textDir ? nameDir : nothing;
  if (isLinkable(url)) return html`<a href=${url} lang=${lang ?? nothing} dir=${dir}>${name}</a>`;
  return lang ? html`<span lang=${lang} dir=${dir}>${name}</span>` : name;
}
