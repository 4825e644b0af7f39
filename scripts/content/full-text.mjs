// The statement as plain semantic HTML, one fragment per language: what the "full-text"
// snippet puts inside <joint-statement> for readers without scripts and for crawlers that
// do not read shadow DOM. Build-time only; every text is escaped.

import { escapeHtml } from '../../src/snippets/escape-html.js';
import { writingDirection } from './writing-direction.mjs';

/** @param {import('./model.mjs').Inline[]} runs */
function inlineHtml(runs) {
  return runs
    .map((run) => {
      if (typeof run === 'string') return escapeHtml(run);
      const inner = inlineHtml(run.children);
      if (run.kind === 'link') return `<a href="${escapeHtml(run.href)}">${inner}</a>`;
      return `<${run.kind}>${inner}</${run.kind}>`;
    })
    .join('');
}

/**
 * @param {import('./model.mjs').Statement} statement
 * @param {string} lang one of the statement's languages
 */
export function renderFullText(statement, lang) {
  const translation = statement.translations.find((t) => t.lang === lang);
  if (!translation) throw new Error(`no ${lang} text`);
  // Compiled statements carry the date and country names already formatted for this language.
  const { dates, countries, comma } = /** @type {import('./model.mjs').Preformatted} */ (translation.formatted);
  const lines = [
    `<article lang="${lang}" dir="${translation.dir}">`,
    `  <h2>${escapeHtml(translation.title)}</h2>`,
  ];
  if (statement.date) lines.push(`  <p><time datetime="${statement.date}">${escapeHtml(dates[statement.date])}</time></p>`);
  if (lang !== statement.original) lines.push(`  <p><small>${translationNoteHtml(statement, translation)}</small></p>`);
  // data-block: the element keeps the reader's place in these paragraphs as it upgrades (src/upgrade-position.ts).
  for (const paragraph of translation.paragraphs) lines.push(`  <p data-block>${inlineHtml(paragraph)}</p>`);
  lines.push(`  <h3>${escapeHtml(translation.ui.signedBy)}</h3>`);
  if (statement.updated) {
    const [before, after] = translation.ui.signatoriesAsOf.split('{date}').map(escapeHtml);
    lines.push(`  <p>${before}<time datetime="${statement.updated}">${escapeHtml(dates[statement.updated])}</time>${after}</p>`);
  }
  lines.push('  <ul>');
  for (const { name, country, url, lang: nameLang } of statement.signatories) {
    // The name in its own language and, when it differs from the text's, its own direction
    // (the widget's stylesheet does that there): "Open Assembly Project Ltd." in an Arabic list
    // would otherwise have its full stop drawn at the other end.
    const nameDir = nameLang ? writingDirection(nameLang) : translation.dir;
    const langAttribute = nameLang ? ` lang="${escapeHtml(nameLang)}"${nameDir === translation.dir ? '' : ` dir="${nameDir}"`}` : '';
    const shownName = url
      ? `<a href="${escapeHtml(url)}"${langAttribute}>${escapeHtml(name)}</a>`
      : nameLang ? `<span${langAttribute}>${escapeHtml(name)}</span>` : escapeHtml(name);
    lines.push(`    <li>${shownName}${comma}${escapeHtml(countries[country])}</li>`);
  }
  lines.push('  </ul>', `  <p><a href="${escapeHtml(statement.canonicalUrl)}">${escapeHtml(translation.ui.source)}</a></p>`, '</article>');
  return `${lines.join('\n')}\n`;
}

/** The same note as src/translation-note.ts: an official translation links its source, ours the original. */
function translationNoteHtml(statement, translation) {
  const officialSource = translation.official ? translation.source : undefined;
  const { before, link, after } = officialSource ? translation.ui.officialTranslation : translation.ui.unofficialTranslation;
  const href = officialSource ?? statement.canonicalUrl;
  return `${escapeHtml(before)}<a href="${escapeHtml(href)}">${escapeHtml(link)}</a>${escapeHtml(after)}`;
}
