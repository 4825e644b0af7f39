import { nothing } from 'lit';
import { html, type StaticValue } from 'lit/static-html.js';
import type { Signatory, Translation } from './content-model.js';
import { countMessage } from './messages.js';

const regionNamesByLanguage = new Map<string, Intl.DisplayNames>();

/** Country names come from the browser's own data in the reader's language: no table to maintain. */
function countryName(code: string, lang: string): string {
  let names = regionNamesByLanguage.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region' });
    regionNamesByLanguage.set(lang, names);
  }
  return names.of(code) ?? code;
}

export interface SignatoryListOptions {
  signatories: readonly Signatory[];
  translation: Translation;
  previewCount: number;
  expanded: boolean;
  headingTag: StaticValue;
  toggle: () => void;
}

/**
 * The list is always rendered whole, with the names past the preview hidden by CSS while
 * collapsed: print can then show every name, and expanding is a class change, not a render.
 */
export function renderSignatoryList(options: SignatoryListOptions) {
  const { signatories, translation, previewCount, expanded, headingTag, toggle } = options;
  const { ui, lang } = translation;
  const collapsible = signatories.length > previewCount;
  return html`<section class="signatories" part="signatories" aria-labelledby="signatories-heading" data-block>
    ${html`<${headingTag} id="signatories-heading" class="signatories-heading">${ui.signedBy}</${headingTag}>`}
    <ul id="signatory-list" class=${collapsible && !expanded ? 'collapsed' : 'expanded'}>
      ${signatories.map(
        (signatory, index) =>
          html`<li class=${index < previewCount ? 'preview' : 'more'}>
            ${signatory.url ? html`<a href=${signatory.url}>${signatory.name}</a>` : signatory.name}<span
              class="country"
              >, ${countryName(signatory.country, lang)}</span
            >
          </li>`,
      )}
    </ul>
    ${collapsible
      ? html`<button
          type="button"
          class="toggle"
          part="toggle"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="signatory-list"
          @click=${toggle}
        >
          ${expanded ? ui.showFewer : countMessage(ui.showAll, signatories.length, lang)}
        </button>`
      : nothing}
  </section>`;
}
