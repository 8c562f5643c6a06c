import type { TResources } from "./locales/en";

/** A locale file: the same keys as English (a test checks), plural forms as the language needs. */
export type TLocaleModule = { default: TResources | Record<string, unknown> };

/**
 * Locales other than English, each loaded on demand as its own chunk, so a
 * user pays only for the language they read. Add a locale by adding a file
 * under locales/ and a line here.
 */
export const LOCALE_LOADERS: Record<string, () => Promise<TLocaleModule>> = {
  es: () => import("./locales/es"),
  fr: () => import("./locales/fr"),
  de: () => import("./locales/de"),
  "pt-BR": () => import("./locales/pt-BR"),
  ar: () => import("./locales/ar"),
};

export const SUPPORTED_LOCALES = ["en", ...Object.keys(LOCALE_LOADERS)];

/**
 * The best supported locale for one BCP 47 tag, or null: exact match first, then
 * the language alone (`fr-CA` → `fr`), then a regional sibling (`pt`, `pt-PT` → `pt-BR`).
 */
export function matchLocale(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  const language = lower.split("-")[0];
  return (
    SUPPORTED_LOCALES.find((s) => s.toLowerCase() === lower) ??
    SUPPORTED_LOCALES.find((s) => s === language) ??
    SUPPORTED_LOCALES.find((s) => s.split("-")[0] === language) ??
    null
  );
}

/** The first supported locale among `tags` (e.g. `navigator.languages`), else English. */
export function supportedLocale(tags: string | null | undefined | ReadonlyArray<string | null | undefined>): string {
  const list = typeof tags === "string" || tags == null ? [tags] : tags;
  for (const tag of list) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return "en";
}
