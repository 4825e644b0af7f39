// joint-statement/react: camelCase props and onLanguageChange / onSignatoriesToggle.
import { JointStatement } from 'joint-statement/react';

export const statement = (
  <JointStatement
    lang="es"
    headingLevel={3}
    previewCount={5}
    theme="light"
    expanded={false}
    onLanguageChange={(event) => console.log(event.detail.lang.toUpperCase())}
    onSignatoriesToggle={(event) => console.log(event.detail.expanded === true)}
  />
);

// @ts-expect-error theme is auto, light or dark
export const sepia = <JointStatement theme="sepia" />;
// @ts-expect-error the toggle carries the list state, not a language
export const wrongDetail = <JointStatement onSignatoriesToggle={(event) => event.detail.lang} />;
