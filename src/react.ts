// `joint-statement/react`: the element as a React component, for React 18 (which sets every
// prop as a string attribute and has no custom-event props) and for anyone who prefers
// camelCase props. React 19 can use <joint-statement> directly (see joint-statement/types/react).
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import type { LanguageChangeEvent, SignatoriesToggleEvent } from './events.js';
import { JointStatement as JointStatementElement } from './joint-statement-define.js';

export type { LanguageChangeDetail, LanguageChangeEvent, SignatoriesToggleDetail, SignatoriesToggleEvent, Theme } from './joint-statement-define.js';

/**
 * `<JointStatement lang="es" expanded onLanguageChange={…} onSignatoriesToggle={…}>`: props
 * are set as the element's properties, the two handlers listen to its events.
 */
export const JointStatement = createComponent({
  react: React,
  tagName: 'joint-statement',
  elementClass: JointStatementElement,
  events: {
    onLanguageChange: 'language-change' as EventName<LanguageChangeEvent>,
    onSignatoriesToggle: 'signatories-toggle' as EventName<SignatoriesToggleEvent>,
  },
  displayName: 'JointStatement',
});
