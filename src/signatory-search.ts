import type { Signatory, Translation } from './content-model.js';
import { countryName } from './country-names.js';
import { foldForSearch } from './fold-for-search.js';

/**
 * Filters signatories by organisation name or country name in the reader's language.
 * The folded keys are built once per language, on the first search or ahead of it with
 * `prepare`, so collapsed rendering and readers who never search pay nothing.
 */
export class SignatorySearch {
  private readonly keysByLanguage = new Map<string, string[]>();

  constructor(private readonly signatories: readonly Signatory[]) {}

  /** Indexes of the matching signatories, in list order; undefined when there is no query. */
  match(query: string, translation: Translation): number[] | undefined {
    const folded = foldForSearch(query.trim());
    if (!folded) return undefined;
    const matches: number[] = [];
    this.prepare(translation).forEach((key, index) => {
      if (key.includes(folded)) matches.push(index);
    });
    return matches;
  }

  /** Builds the keys for a language if they are not built yet; returns them. */
  prepare(translation: Translation): string[] {
    let keys = this.keysByLanguage.get(translation.lang);
    if (!keys) {
      keys = this.signatories.map((s) => foldForSearch(`${s.name}\n${countryName(s.country, translation)}`));
      this.keysByLanguage.set(translation.lang, keys);
    }
    return keys;
  }
}
