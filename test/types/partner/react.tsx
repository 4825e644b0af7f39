// React 19 JSX: <joint-statement> with its attributes, properties and typed event props.
import type {} from 'joint-statement/types/react';

export const statement = (
  <joint-statement
    lang="es"
    heading-level={3}
    preview-count={5}
    theme="dark"
    expanded
    onlanguage-change={(event) => console.log(event.detail.lang.toUpperCase())}
    onsignatories-toggle={(event) => console.log(event.detail.expanded === true)}
  >
    <a href="https://example.org/statement">Read the joint statement</a>
  </joint-statement>
);

// @ts-expect-error theme is auto, light or dark
export const sepia = <joint-statement theme="sepia" />;
// @ts-expect-error expanded is a boolean
export const yes = <joint-statement expanded="yes" />;
// @ts-expect-error heading-level is a number
export const level = <joint-statement heading-level={{ level: 3 }} />;
// @ts-expect-error language-change carries the language, not the list state
export const wrongDetail = <joint-statement onlanguage-change={(event) => event.detail.expanded} />;
// @ts-expect-error shownLanguage is read-only, no prop
export const readOnly = <joint-statement shownLanguage="en" />;
