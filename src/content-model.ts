/**
 * The statement as the content compiler hands it to the element: structured data only,
 * never HTML strings, so every word reaches the page through Lit's text bindings.
 */
import type { TRIMMABLE_UI_STRINGS, UI_STRING_NAMES } from './ui-string-names.js';

/** A run of text inside a paragraph. A plain string is unformatted text. */
export type Inline = string | { kind: 'em' | 'strong'; children: Inline[] } | { kind: 'link'; href: string; children: Inline[] };

export type Paragraph = Inline[];

/**
 * A message with a `{count}` placeholder: one text, or one per `Intl.PluralRules` category,
 * plus optional exact counts (`=0`) that win over the category, as in ICU MessageFormat.
 */
export type PluralMessage = string | ({ other: string } & Partial<Record<Intl.LDMLPluralRule, string>> & { [exactCount: `=${number}`]: string });

/** A sentence with one link in it, split where the link's words start and end. */
export interface LinkedText {
  before: string;
  link: string;
  after: string;
}

/** Interface text, one set per language, as the content gives it. `{count}` is filled in at render time. */
interface UiStrings {
  /** Accessible name of the language switcher. */
  languages: string;
  /** Heading of the signatory list. */
  signedBy: string;
  /** Toggle label while collapsed, e.g. "Show all {count} signatories". */
  showAll: PluralMessage;
  /** Toggle label while expanded. */
  showFewer: string;
  /** Line under the heading, e.g. "{count} organizations from {countries}". */
  summary: PluralMessage;
  /** Fills `{countries}` in `summary`, e.g. "{count} countries". */
  countries: PluralMessage;
  /** Label of the filter box shown for long lists. */
  filter: string;
  /**
   * Announced while filtering, e.g. "{count} of {total} match." (a sentence: "filterTooMany"
   * may follow). Counts from 0 up: give `=0` where the language's category for 0 reads wrong.
   */
  filterCount: PluralMessage;
  /** Added when more match than are listed, e.g. "The first {count} are listed: keep typing to narrow them down." */
  filterTooMany: PluralMessage;
  /**
   * Shown under the title of a translation of ours, linking the original publication, e.g.
   * "Traducción no oficial — original en inglés" with "original en inglés" as the link. Written
   * out rather than built from `Intl.DisplayNames`, whose capitalisation of language names
   * mid-sentence differs between engines (WebKit says "Inglés").
   */
  unofficialTranslation: LinkedText;
  /** Shown under the title of an official translation, linking its `source`. */
  officialTranslation: LinkedText;
  /** Text of the link to where the statement was first published. */
  source: string;
  /**
   * "Signatories as of {date}", shown when the statement has `updated`. Optional for statements
   * made by hand; the content build requires it in every language.
   */
  signatoriesAsOf?: string;
}

/**
 * Fails the type check unless UiStrings names exactly the strings the content's schema requires
 * (ui-string-names.js). Exported only so that it counts as used.
 * @typeAssertion
 */
export type UiStringsMatchSchema = Holds<[keyof UiStrings] extends [SchemaName] ? ([SchemaName] extends [keyof UiStrings] ? true : false) : false>;
type SchemaName = (typeof UI_STRING_NAMES)[number];
type Holds<T extends true> = T;

/**
 * Interface text as the element receives it: a statement's bundle leaves out the strings that
 * statement can never show (TRIMMABLE_UI_STRINGS), and the element reads those only behind the
 * condition that is false then.
 */
export type ShownUiStrings = Omit<UiStrings, (typeof TRIMMABLE_UI_STRINGS)[number]> & Partial<UiStrings>;

/**
 * Intl output computed at build time for what the first paint shows: a page's first Intl
 * formatter loads the browser's locale data, which delayed the widget's first paint
 * (docs/architecture.md). Keyed by input, so anything not listed here (another statement's
 * countries, a filter count) is formatted at run time.
 */
export interface Preformatted {
  /** `Intl.NumberFormat` output by number: the signatory and country counts. */
  numbers: Record<string, string>;
  /** `Intl.PluralRules` (cardinal) category by number, for the same counts. */
  plurals: Record<string, Intl.LDMLPluralRule>;
  /** `Intl.DisplayNames` region names by ISO code: every signatory's country. */
  countries: Record<string, string>;
  /** The statement's date and the signatory list's (`updated`) as the widget writes them, by their `YYYY-MM-DD` or `YYYY-MM` value. */
  dates: Record<string, string>;
  /** What comes between a signatory's name and country: `", "`, or `"، "` in languages written in Arabic script. */
  comma: string;
  /** The digits of `numbers` (`latn`, `arab`…): numbers the browser formats later use the same. */
  numberingSystem: string;
}

export interface Translation {
  /** Primary language subtag, lower case: `en`, `es`, `pt`. */
  lang: string;
  /** Writing direction, from the build machine's `Intl.Locale` text info. */
  dir: 'ltr' | 'rtl';
  /** The language's name in itself, as the switcher shows it ("Español"). */
  name: string;
  title: string;
  /**
   * Translations only: true when the signatories published or approved this text, false for
   * ours. A translation is shown as official only when it also has its `source`.
   */
  official?: boolean;
  /** Where the signatories published this translation (official ones only). */
  source?: string;
  paragraphs: Paragraph[];
  ui: ShownUiStrings;
  /** Absent in hand-made statements: then everything is formatted at run time. */
  formatted?: Preformatted;
}

export interface Signatory {
  /** The organisation's own name; never translated. */
  name: string;
  /** ISO 3166-1 alpha-2, named for the reader through `Intl.DisplayNames`. */
  country: string;
  url?: string;
  /** The language the name is in, a BCP 47 tag (`es`, `pt`, `en`); set as `lang` on the name. */
  lang?: string;
}

export interface Statement {
  /**
   * The statement's name: its folder under content/, a lowercase slug. Snippets name it
   * (`statement="…"`), and the page-wide registry (registry.ts) keeps statements by it.
   */
  id: string;
  /** Language the signatories wrote; the fallback when nothing else matches. */
  original: string;
  canonicalUrl: string;
  /** `YYYY-MM-DD` or `YYYY-MM`; absent when the source gives none. */
  date?: string;
  /** When the signatory list was last brought up to date (`YYYY-MM-DD` or `YYYY-MM`): "Signatories as of …". */
  updated?: string;
  /** In switcher order. Paragraph `i` of each translation says what paragraph `i` of the original says. */
  translations: Translation[];
  /** In the published order. */
  signatories: Signatory[];
}
