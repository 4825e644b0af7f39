// The statement a one-file bundle carries: each statement's Rollup build provides this module
// (scripts/rollup/statement-module.mjs); nothing else imports it.
declare module 'joint-statement:bundled-statement' {
  const statement: import('./content-model.js').Statement;
  export default statement;
}
