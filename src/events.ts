/** `detail` of `language-change`: the language code the reader picked, e.g. `es`. */
export interface LanguageChangeDetail {
  lang: string;
}
/** `detail` of `signatories-toggle`: whether the whole list now shows. */
export interface SignatoriesToggleDetail {
  expanded: boolean;
}
/** Fired when the reader picks a language in the switcher. */
export type LanguageChangeEvent = CustomEvent<LanguageChangeDetail>;
/** Fired when the reader expands or collapses the signatory list. */
export type SignatoriesToggleEvent = CustomEvent<SignatoriesToggleDetail>;

declare global {
  interface HTMLElementEventMap {
    'language-change': LanguageChangeEvent;
    'signatories-toggle': SignatoriesToggleEvent;
  }
}

/** Widget events reach the partner's page: they bubble and cross the shadow boundary. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
