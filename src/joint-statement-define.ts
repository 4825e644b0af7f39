import { JointStatement } from './joint-statement.js';

export { JointStatement };
export type { Theme } from './attribute-values.js';
export type { LanguageChangeDetail, LanguageChangeEvent, SignatoriesToggleDetail, SignatoriesToggleEvent } from './events.js';

// Two partners' snippets on one page load this twice; the second must not throw.
if (!customElements.get('joint-statement')) customElements.define('joint-statement', JointStatement);

declare global {
  interface HTMLElementTagNameMap {
    'joint-statement': JointStatement;
  }
}
