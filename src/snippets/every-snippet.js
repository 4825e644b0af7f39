// Every snippet the generator can offer, for the checks that must cover them all.
import { DELIVERIES, DESTINATIONS } from './destinations.js';
import { KINDS } from './kinds.js';
import { DEFAULT_OPTIONS } from './options.js';
import { fallbackLang, partsFrom, snippetFor } from './snippet.js';

/**
 * Every snippet the generator can offer, for checks that must cover them all (the
 * real-WordPress run, layout-shift tests): each kind, destination and delivery, with the
 * defaults and with every option changed (a destination with one kind and no script, such as
 * the shortcode, once). `files` maps
 * each file of `everyPartFile(embed)` to its text. `choices` are those the snippet follows.
 */
export function everySnippet(embed, files) {
  const changed = { lang: embed.languages.at(-1), previewCount: '5', headingLevel: '3', theme: 'dark', accent: '#8a1c1c' };
  const kinds = Object.keys(KINDS);
  return kinds.flatMap((kind) =>
    Object.keys(DESTINATIONS)
      .filter((destination) => DESTINATIONS[destination].kinds?.includes(kind) ?? true)
      .flatMap((destination) =>
        (DESTINATIONS[destination].shortcode || DESTINATIONS[destination].plain ? ['pinned'] : Object.keys(DELIVERIES)).flatMap((delivery) =>
          [{}, changed].map((options) => {
            const choices = { ...options, kind, destination, delivery, ...(DESTINATIONS[destination].shortcode ? {} : KINDS[kind].fixed) };
            const name = [kind, destination, delivery, options.lang ? 'every option changed' : 'defaults'].join(', ');
            const parts = partsFrom(files, fallbackLang(embed, choices.lang), choices.headingLevel ?? DEFAULT_OPTIONS.headingLevel);
            return { name, choices, ...snippetFor(embed, choices, parts) };
          }),
        ),
      ),
  );
}
