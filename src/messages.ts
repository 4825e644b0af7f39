import type { PluralMessage, Translation } from './content-model.js';
import { formatDate } from './format-date.js';
import { perLanguage } from './per-language.js';

const numberFormat = perLanguage((lang) => new Intl.NumberFormat(lang));
const pluralRules = perLanguage((lang) => new Intl.PluralRules(lang));

/** The language and build-time formats a message is written with. */
type Locale = Pick<Translation, 'lang' | 'formatted'>;

/** Fills `{name}` placeholders; unknown names stay visible so a content slip is noticed, not hidden. */
export function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * Makes the run-time formatters for a language ahead of need: the first one a page creates
 * loads locale data (tens of ms), which should not land on the reader's first keystroke.
 */
export function prepareFormatters(lang: string): void {
  numberFormat(lang);
  pluralRules(lang);
}

/** 10,000 in English, 10.000 in Spanish: from the build-time formats when listed there. */
export function formatNumber(value: number, { lang, formatted }: Locale): string {
  return formatted?.numbers[value] ?? numberFormat(lang).format(value);
}

function pluralCategory(count: number, { lang, formatted }: Locale): Intl.LDMLPluralRule {
  return formatted?.plurals[count] ?? pluralRules(lang).select(count);
}

/**
 * Picks the form for `count`: its exact form (`=0`) if the message has one, else the form of
 * its plural category in the locale's language, else `other`. Fills `{count}` with the
 * localised number, plus any other placeholders given.
 */
export function countMessage(message: PluralMessage, count: number, locale: Locale, values: Record<string, string> = {}): string {
  const template =
    typeof message === 'string' ? message : message[`=${count}`] ?? message[pluralCategory(count, locale)] ?? message.other;
  return fillMessage(template, { ...values, count: formatNumber(count, locale) });
}

/** Shows `YYYY-MM-DD` or `YYYY-MM` as the reader's language writes dates: from the build-time formats when listed there. */
export function formatStatementDate(value: string, { lang, formatted }: Locale): string {
  return formatted?.dates[value] ?? formatDate(value, lang);
}
