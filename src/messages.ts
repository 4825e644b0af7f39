import type { PluralMessage } from './content-model.js';

/** Fills `{name}` placeholders; unknown names stay visible so a content slip is noticed, not hidden. */
export function fillMessage(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * Picks the plural form for `count` in `lang` and fills `{count}` with the localised number
 * (10,000 in English, 10.000 in Spanish), plus any other placeholders given.
 */
export function countMessage(
  message: PluralMessage,
  count: number,
  lang: string,
  values: Record<string, string> = {},
): string {
  const template = typeof message === 'string' ? message : message[new Intl.PluralRules(lang).select(count)] ?? message.other;
  return fillMessage(template, { ...values, count: new Intl.NumberFormat(lang).format(count) });
}

/** Shows `YYYY-MM-DD` or `YYYY-MM` as the reader's language writes dates. */
export function formatStatementDate(value: string, lang: string): string {
  const [year, month, day] = value.split('-').map(Number);
  // UTC on both sides so the reader's time zone cannot move the date to the day before.
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}
