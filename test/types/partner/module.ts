// Plain TypeScript: the element's class, properties and typed events from `joint-statement`.
import 'joint-statement';
import type { JointStatement, LanguageChangeDetail, SignatoriesToggleDetail, Theme } from 'joint-statement';

const el: JointStatement = document.createElement('joint-statement');
el.lang = 'es';
el.expanded = true;
el.headingLevel = 3;
const theme: Theme = 'dark';
el.theme = theme;
const shown: string = el.shownLanguage;
el.addEventListener('language-change', (event) => {
  const detail: LanguageChangeDetail = event.detail;
  console.log(detail.lang, shown);
});
el.addEventListener('signatories-toggle', (event) => {
  const detail: SignatoriesToggleDetail = event.detail;
  console.log(detail.expanded);
});

// @ts-expect-error theme is auto, light or dark
el.theme = 'sepia';
// @ts-expect-error shownLanguage is read-only
el.shownLanguage = 'en';
// @ts-expect-error language-change carries the language, not the list state
el.addEventListener('language-change', (event) => console.log(event.detail.expanded));
