import { html } from 'lit';
import type { Translation } from './content-model.js';

/**
 * One toggle button per language, each named in its own language (and marked with that
 * `lang`, so a screen reader pronounces "Español" in Spanish). `aria-pressed` tells which
 * one is shown; plain buttons keep Tab and Enter/Space working as everywhere else.
 */
export function renderLanguageSwitcher(translations: readonly Translation[], current: Translation, choose: (lang: string) => void) {
  return html`<div class="switcher" part="switcher" role="group" aria-label=${current.ui.languages} data-block>
    ${translations.map(
      (translation) =>
        html`<button
          type="button"
          part="language-button"
          lang=${translation.lang}
          aria-pressed=${translation === current ? 'true' : 'false'}
          @click=${() => choose(translation.lang)}
        >
          ${translation.name}
        </button>`,
    )}
  </div>`;
}
