// Compiled by `npm run typecheck`, never run: TypeScript users of the element get its
// properties from querySelector and typed event details from addEventListener.
const statement = document.querySelector('joint-statement');
if (statement) {
  const expanded: boolean = statement.expanded;
  const level: number | undefined = statement.headingLevel;
  statement.addEventListener('language-change', (event) => {
    const lang: string = event.detail.lang;
    void lang;
  });
  statement.addEventListener('signatories-toggle', (event) => {
    const open: boolean = event.detail.expanded;
    void open;
  });
  void expanded;
  void level;
}
export {};
