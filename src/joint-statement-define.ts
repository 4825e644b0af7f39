import { defineElement } from './define-element.js';
import { JointStatement } from './joint-statement.js';
import { registerStatement } from './registry.js';
import { statements } from './statements.js';

export { JointStatement, registerStatement };
export type { Statement } from './content-model.js';
export type { Theme } from './attribute-values.js';
export type { LanguageChangeDetail, LanguageChangeEvent, SignatoriesToggleDetail, SignatoriesToggleEvent } from './events.js';

// The package entry carries every statement of the build: each is registered, and the
// element is defined unless a snippet's bundle on the page defined it first.
for (const statement of statements) registerStatement(statement);
defineElement('the joint-statement package');

declare global {
  interface HTMLElementTagNameMap {
    'joint-statement': JointStatement;
  }
}
