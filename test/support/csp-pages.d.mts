/** The strictest policy a partner might run (see csp-pages.mjs). */
export const STRICT_CSP: string;
export function strictCspPages(context: unknown, next: () => Promise<void>): Promise<void>;
