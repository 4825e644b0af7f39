import type { ReactiveElement } from 'lit';
import { HYDRATION_IN_BUILD } from './build-flags.js';

/**
 * A declarative shadow root is one the page's HTML brought (`<template shadowrootmode>`),
 * there before the element upgraded: a pre-rendered snippet, or markup from anywhere else.
 * Where Lit's hydrate support is installed (dist/joint-statement-hydrate.js, or an app that
 * imports it), the element adopts a server render of itself; otherwise, and for a root without
 * Lit's part markers, it replaces the root's content, so readers never see the statement twice
 * or a stale copy beside the live one.
 */

/**
 * False in the plain one-file bundle (see build-flags.ts): its Lit is its own and has no
 * hydrate support, so the code below would never run there.
 */
export { HYDRATION_IN_BUILD };

/** Whether Lit's hydrate support is installed for this class: it adds `defer-hydration` to the observed attributes. */
export function canHydrate(elementClass: typeof ReactiveElement): boolean {
  return HYDRATION_IN_BUILD && elementClass.observedAttributes.includes('defer-hydration');
}

/** Whether a root holds a server render by Lit: its content opens with a part marker. */
export function isServerRendered(root: ShadowRoot): boolean {
  return [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));
}

/** The language a server render shows: hydration must first render the same. */
export function renderedLanguage(root: ShadowRoot): string | undefined {
  return root.querySelector('article[lang]')?.getAttribute('lang') ?? undefined;
}
