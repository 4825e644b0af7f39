import { JointStatement } from './joint-statement.js';

/**
 * Defines `<joint-statement>` unless the page has it already: every statement's bundle, of
 * any release, and the package entry call this, and the first to run defines the element for
 * the page. The others' statements are shown by that element, through the registry.
 * @param definedFor the statement of the bundle calling this, named in the element's warnings
 */
export function defineElement(definedFor?: string): void {
  if (customElements.get('joint-statement')) return;
  JointStatement.definedFor = definedFor;
  customElements.define('joint-statement', JointStatement);
}
