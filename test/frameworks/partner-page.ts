// What every partner app in this folder shares: the same page, in React, Vue and Svelte.

/** The widget's events as the partner's handlers received them, in order. */
export interface AppEvents {
  languageChanges: string[];
  toggles: boolean[];
}

export const FALLBACK_URL =
  'https://www.venezuelablog.org/human-rights-organizations-urge-lima-group-join-forces-diplomatic-efforts-achieve-peaceful-democratic-solution-venezuelas-crisis/';
