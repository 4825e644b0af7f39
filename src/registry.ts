import type { Statement } from './content-model.js';

/**
 * The page-wide registry of statements: every bundle registers the statement it carries here,
 * and every `<joint-statement>` shows the registered statement its `statement` attribute
 * names, whichever bundle defined the element. One registry serves every bundle of every
 * release on the page (a partner may have pinned last year's statement and paste this
 * year's), so it holds plain data only and keeps its shape across releases: each bundle
 * carries its own Lit, and a function or class from one bundle must never run another's.
 * A release that changes this shape raises `version`; one that changes a statement's shape
 * raises STATEMENT_FORMAT, and an element shows only the formats it knows.
 * See docs/architecture.md, "Statement identity".
 */
interface Registry {
  /** The shape of this object. Version 1 is written here; later releases read it as is. */
  version: 1;
  /** Every statement registered on the page, by id. */
  statements: Record<string, RegisteredStatement>;
}

interface RegisteredStatement {
  /** The shape of `statement` (STATEMENT_FORMAT of the bundle that registered it). */
  format: number;
  /** The compiled statement, as the content step wrote it (src/content-model.ts). */
  statement: Statement;
}

/** The shape of the compiled statement (src/content-model.ts) this element reads. */
const STATEMENT_FORMAT = 1;

/** Fired on `window` when a statement is registered (a plain Event: what it registered is in the registry). Waiting elements listen for it. */
export const REGISTERED_EVENT = 'joint-statement-registered';

const KEY = Symbol.for('joint-statement.registry');

/** The page's registry, created by the first bundle that runs. */
function registry(): Registry {
  const global = globalThis as typeof globalThis & { [KEY]?: Registry };
  return (global[KEY] ??= { version: 1, statements: {} });
}

/**
 * Registers a compiled statement under its id. The same statement loaded twice (two
 * partners' snippets) is fine; another text under a registered id (two releases of one
 * statement on a page) keeps the first, with one warning: a page must not show two versions
 * of a statement under one name.
 */
export function registerStatement(statement: Statement): void {
  const { statements } = registry();
  const known = statements[statement.id];
  if (!known) {
    statements[statement.id] = { format: STATEMENT_FORMAT, statement };
    globalThis.dispatchEvent?.(new Event(REGISTERED_EVENT));
  } else if (JSON.stringify(known.statement) !== JSON.stringify(statement)) {
    console.warn(`<joint-statement>: "${statement.id}" twice with other text; first kept.`);
  }
}

/**
 * The statement an element shows: the one `id` names, or with no id the only one registered.
 * undefined: not registered yet (its script may still come); a string: this element can never
 * show it, and why (for one console warning).
 */
export function lookUpStatement(id: string | undefined): Statement | string | undefined {
  const { statements } = registry();
  const ids = Object.keys(statements);
  if (!id && ids[1]) return `add statement="…" (this page has ${ids})`;
  const entry = statements[id || ids[0]];
  return entry && (entry.format === STATEMENT_FORMAT ? entry.statement : `"${id}" has format ${entry.format}, not ${STATEMENT_FORMAT}`);
}
