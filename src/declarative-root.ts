import { adoptStyles, render, type LitElement } from 'lit';
import { HYDRATION_IN_BUILD } from './build-flags.js';
import { matchLanguage } from './pick-language.js';
import { showsOwnRender } from './prerendered-words.js';

/**
 * Everything the element does with a declarative shadow root, one the page's HTML brought
 * (`<template shadowrootmode>`) before the element upgraded: a pre-rendered snippet, or markup
 * from anywhere else. Where Lit's hydrate support is installed (the hydrating bundle, or an app
 * that imports it), the element adopts a server render of itself; otherwise, and for a root
 * without Lit's part markers, it replaces the root's content, so readers never see the
 * statement twice or a stale copy beside the live one. Both only once the statement has
 * arrived (the element's first update), so the page shows the root untouched until then.
 *
 * The adopting half sits behind HYDRATION_IN_BUILD (build-flags.ts), false in the plain bundle,
 * whose Lit has no hydrate support: the build leaves it out there.
 */

/**
 * What this module keeps on the element: a root it found, until the first update (`rootPending`),
 * whether it adopts it, and the language a server render shows, until the update after adoption.
 */
interface Rooted extends LitElement {
  rootPending?: boolean;
  adopting?: boolean;
  hydratingLanguage?: string;
}

/**
 * The element's render root (its createRenderRoot()), given the default one's maker: a root it
 * finds is remembered for the first update.
 */
export function takeRenderRoot(element: LitElement, create: () => HTMLElement | DocumentFragment): HTMLElement | DocumentFragment {
  let declarative = element.shadowRoot;
  if (!declarative) {
    try {
      return create();
    } catch (error) {
      // A closed declarative root, which attachShadow may not replace: only the element
      // reaches it, through its internals. It is emptied like any other root it did not render.
      declarative = element.attachInternals().shadowRoot;
      if (!declarative) throw error;
    }
  }
  (element as Rooted).rootPending = true;
  if (HYDRATION_IN_BUILD && declarative === element.shadowRoot && canHydrate(element) && isServerRendered(declarative)) {
    (element as Rooted).adopting = true;
    (element as Rooted).hydratingLanguage = renderedLanguage(declarative);
    // Lit's hydrate support finds the same root and marks it for hydration.
    return create();
  }
  return declarative;
}

/**
 * The element's update(), given LitElement's and the element's template: the first update after
 * a root was found adopts or replaces it.
 */
export function updateRoot(element: Rooted, update: () => void, template: () => unknown): void {
  if (!element.rootPending) return update();
  element.rootPending = false;
  const shadow = element.renderRoot as ShadowRoot;
  const { elementStyles } = element.constructor as typeof LitElement;
  // The constructed style sheets: under a strict `style-src` a root's inline <style> is
  // refused, and hydration alone would leave the statement unstyled.
  adoptStyles(shadow, elementStyles);
  if (HYDRATION_IN_BUILD && element.adopting) {
    try {
      update();
      if (showsOwnRender(shadow, template(), element, elementStyles)) return;
      console.warn(`<${element.localName}>: pre-rendered text edited; showing the statement as signed.`);
    } catch {
      // Hydration found another render than this one: attributes edited after the snippet was
      // made, or another version's markup. It cannot be adopted, so it is replaced.
    }
    // Rendered afresh before a new anchor: the root's own part, if hydration made one, holds
    // the replaced nodes, and Lit would only update those.
    const anchor = document.createComment('');
    shadow.replaceChildren(anchor);
    element.renderOptions.renderBefore = anchor;
    return void render(template(), shadow, element.renderOptions);
  }
  shadow.replaceChildren();
  update();
}

/**
 * The language of a server render being adopted, if the statement has it: the first client
 * render must show it, whatever the page's language (a mismatch is a hydration error).
 */
export const languageBeingHydrated = (element: Rooted, codes: readonly string[]): string | undefined =>
  HYDRATION_IN_BUILD ? matchLanguage(element.hydratingLanguage, codes) : undefined;

/**
 * Called after each update: true once, after the update that adopted a server render, when
 * the element may now switch to the language it would choose itself.
 */
export function hydrationDone(element: Rooted): boolean {
  if (!HYDRATION_IN_BUILD || !element.hydratingLanguage) return false;
  element.hydratingLanguage = undefined;
  return true;
}

/** Whether Lit's hydrate support is installed for this element: it adds `defer-hydration` to the observed attributes. */
const canHydrate = (element: LitElement) => (element.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');

/** Whether a root holds a server render by Lit: its content opens with a part marker. */
const isServerRendered = (root: ShadowRoot) =>
  [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));

/** The language a server render shows. */
const renderedLanguage = (root: ShadowRoot) => root.querySelector('article[lang]')?.getAttribute('lang') ?? undefined;
