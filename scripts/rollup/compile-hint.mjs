// V8's explicit compile hint (Chromium 136+): with this comment on its first line, a script's
// functions are all compiled while it streams in, on a background thread, instead of one by
// one on the main thread as the element first renders (docs/architecture.md). Other engines
// read a comment.
const HINT = '//# allFunctionsCalledOnLoad\n';

export function compileHint() {
  return {
    name: 'compile-hint',
    renderChunk(code) {
      return { code: HINT + code, map: null };
    },
  };
}
