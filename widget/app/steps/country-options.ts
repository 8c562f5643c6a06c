import { COUNTRY_CODES, toAlpha2 } from "../../../core/validation/country";

const cache = new Map<string, Array<{ value: string; label: string }>>();

/**
 * Every ISO country (alpha-3 values, as the API stores them) with its name in the
 * user's language from `Intl.DisplayNames` (no name table to ship), sorted by
 * that language's collation. Cached per locale.
 */
export function countryOptions(locale: string): Array<{ value: string; label: string }> {
  const cached = cache.get(locale);
  if (cached) return cached;
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([locale, "en"], { type: "region" });
  } catch {
    // very old engines: fall back to the codes themselves
  }
  const options = COUNTRY_CODES.map((code) => ({ value: code, label: names?.of(toAlpha2(code) ?? code) ?? code }));
  options.sort((a, b) => a.label.localeCompare(b.label, locale));
  cache.set(locale, options);
  return options;
}

/** One country's name in the user's language (alpha-3 in, as the API stores it), else the code. */
export function countryName(code: string, locale: string): string {
  return countryOptions(locale).find((option) => option.value === code)?.label ?? code;
}
