/** @jsxImportSource preact */
// Preact JSX: <joint-statement> with its attributes and typed event props.
import type {} from 'joint-statement/types/preact';

export const statement = (
  <joint-statement
    lang="pt"
    heading-level={4}
    theme="auto"
    expanded={false}
    onlanguage-change={(event) => console.log(event.detail.lang.toUpperCase())}
    onsignatories-toggle={(event) => console.log(event.detail.expanded === true)}
  />
);

// @ts-expect-error theme is auto, light or dark
export const sepia = <joint-statement theme="sepia" />;
// @ts-expect-error the toggle carries the list state, not a language
export const wrongDetail = <joint-statement onsignatories-toggle={(event) => event.detail.lang} />;
