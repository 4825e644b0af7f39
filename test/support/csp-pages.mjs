/**
 * Dev-server middleware: serves the hostile fixture pages named `csp-*.html` with the
 * strictest policy a partner might run, so tests see what such a partner's readers see.
 * Only those pages get it: the test runner's own page must stay unrestricted.
 */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html 'allow-duplicates'",
].join('; ');

const strictPage = /^\/test\/fixtures\/hostile\/csp-[\w-]+\.html$/;

export async function strictCspPages(context, next) {
  await next();
  if (strictPage.test(context.path)) context.set('Content-Security-Policy', STRICT_CSP);
}
