// Creating an Intl formatter is what costs (the browser loads locale data); tests use this
// to check that none is created where a reader would wait for it.
const FORMATTERS = ['NumberFormat', 'PluralRules', 'DisplayNames', 'DateTimeFormat', 'ListFormat', 'RelativeTimeFormat'] as const;

/** Counts `new Intl.X()` calls until restore(); using a formatter is not counted. */
export function countIntlConstructions(): { constructed: string[]; restore: () => void } {
  const constructed: string[] = [];
  const originals = FORMATTERS.map((name) => [name, Intl[name]] as const);
  for (const [name, original] of originals) {
    (Intl as Record<string, unknown>)[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        constructed.push(name);
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
  return { constructed, restore: () => originals.forEach(([name, original]) => ((Intl as Record<string, unknown>)[name] = original)) };
}
