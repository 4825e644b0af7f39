import type { PluralMessage, Translation } from './content-model.js';
import { formatDate } from './format-date.js';
import { perLanguage } from './per-language.js';

const numberFormat = perLanguage((tag) => new Intl.NumberFormat(tag));
const pluralRules = perLanguage((lang) => new Intl.PluralRules(lang));

/** The language and build-time formats a message is written with. */
type Locale = Pick<Translation, 'lang' | 'formatted'>;

/** Fills `{name}` placeholders; unknown names stay visible so a content slip is noticed, not hidden. */
function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * Numbers formatted here use the build's digits, so they match the counts the build formatted
 * for the first paint: WebKit writes Arabic numbers as ١٤ where the build (and Chromium and
 * Firefox) write 14.
 */
const numberLocale = ({ lang, formatted }: Locale) => (formatted ? `${lang}-u-nu-${formatted.numberingSystem}` : lang);

/**
 * Makes the run-time formatters for a language ahead of need: the first one a page creates
 * loads locale data (tens of ms), which should not land on the reader's first keystroke.
 */
export function prepareFormatters(locale: Locale): void {
  numberFormat(numberLocale(locale));
  pluralRules(locale.lang);
}

/** 10,000 in English, 10.000 in Spanish: from the build-time formats when listed there. */
export function formatNumber(value: number, locale: Locale): string {
  return locale.formatted?.numbers[value] ?? numberFormat(numberLocale(locale)).format(value);
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
  const template = typeof message === 'string' ? message : (message[`=${count}`] ?? message[pluralCategory(count, locale)] ?? message.other);
  return fillMessage(template, { ...values, count: formatNumber(count, locale) });
}

/** Shows `YYYY-MM-DD` or `YYYY-MM` as the reader's language writes dates: from the build-time formats when listed there. */
export function formatStatementDate(value: string, { lang, formatted }: Locale): string {
  return formatted?.dates[value] ?? formatDate(value, lang);
}
