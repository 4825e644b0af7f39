import { html, nothing } from 'lit';
import type { Statement, Translation } from './content-model.js';
import { linkTo } from './link-to.js';

/**
 * Under a translation's title, whose words the reader is reading: an official translation
 * links where the signatories published it; ours says it is unofficial and links the original
 * publication. Nothing under the original. A translation marked official without a source
 * counts as unofficial: the widget never calls a text official without pointing to it.
 */
export function renderTranslationNote(shown: Translation, { original, canonicalUrl }: Pick<Statement, 'original' | 'canonicalUrl'>) {
  if (shown.lang === original) return nothing;
  const officialSource = shown.official ? shown.source : undefined;
  // A bundle keeps both notes' text in every translation whose note can show (ShownUiStrings).
  const { before, link, after } = (officialSource ? shown.ui.officialTranslation : shown.ui.unofficialTranslation)!;
  return html`<p class="note">${before}${linkTo(officialSource ?? canonicalUrl, link)}${after}</p>`;
}
