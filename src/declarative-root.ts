/**
 * A declarative shadow root is one the page's HTML brought (`<template shadowrootmode>`),
 * there before the element upgraded: a pre-rendered snippet, or markup from anywhere else.
 * Only the hydrating bundle (dist/joint-statement-hydrate.js) can adopt a pre-rendered one;
 * the plain bundle, and both for a root without Lit's part markers, replace its content, so
 * readers never see the statement twice or a stale copy beside the live one.
 */
export const declarativeRoots = {
  /** Set by the hydrating bundle's entry before the element is defined. */
  hydrate: false,
};

/** Whether a root holds a server render by Lit: its content opens with a part marker. */
export function isServerRendered(root: ShadowRoot): boolean {
  return [...root.childNodes].some((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data.startsWith('lit-part'));
}

/** The language a server render shows: hydration must first render the same. */
export function renderedLanguage(root: ShadowRoot): string | undefined {
  return root.querySelector('article[lang]')?.getAttribute('lang') ?? undefined;
}
