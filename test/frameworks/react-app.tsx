// A partner's React 19 page: the statement's language and list state live in React, the
// element's events update them, and React sets them back on the element.
import type {} from 'joint-statement/types/react';
import { JointStatement } from 'joint-statement/react';
import { useState } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { FALLBACK_URL, type AppEvents } from './partner-page.js';

/** `wrapper`: the same page through `joint-statement/react` instead of the bare tag. */
function PartnerPage({ events, wrapper = false }: { events: AppEvents; wrapper?: boolean }) {
  const [lang, setLang] = useState('es');
  const [expanded, setExpanded] = useState(false);
  const onLanguageChange = (event: CustomEvent<{ lang: string }>) => {
    events.languageChanges.push(event.detail.lang);
    setLang(event.detail.lang);
  };
  const onToggle = (event: CustomEvent<{ expanded: boolean }>) => {
    events.toggles.push(event.detail.expanded);
    setExpanded(event.detail.expanded);
  };
  const fallback = <a href={FALLBACK_URL}>Read the joint statement on Venezuela</a>;
  return (
    <main>
      <p id="state">
        {lang} {expanded ? 'expanded' : 'collapsed'}
      </p>
      <button id="portuguese" onClick={() => setLang('pt')}>
        Português
      </button>
      <button id="expand" onClick={() => setExpanded(true)}>
        All signatories
      </button>
      {wrapper ? (
        <JointStatement lang={lang} expanded={expanded} onLanguageChange={onLanguageChange} onSignatoriesToggle={onToggle}>
          {fallback}
        </JointStatement>
      ) : (
        <joint-statement lang={lang} expanded={expanded} onlanguage-change={onLanguageChange} onsignatories-toggle={onToggle}>
          {fallback}
        </joint-statement>
      )}
    </main>
  );
}

export function renderInBrowser(container: Element, events: AppEvents, wrapper = false): Root {
  const root = createRoot(container);
  root.render(<PartnerPage events={events} wrapper={wrapper} />);
  return root;
}

/** What a React server sends: the page as HTML, as `renderToString` writes it. */
export function renderOnServer(events: AppEvents): string {
  return renderToString(<PartnerPage events={events} />);
}

export function hydrate(container: Element, events: AppEvents, onRecoverableError: (error: unknown) => void): Root {
  return hydrateRoot(container, <PartnerPage events={events} />, { onRecoverableError });
}
