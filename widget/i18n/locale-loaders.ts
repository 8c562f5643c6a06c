import type { TResources } from "./locales/en";

/**
 * Locales other than English, each loaded on demand as its own chunk, so a
 * user pays only for the language they read. Add a locale by adding a file
 * under locales/ and a line here, e.g. `es: () => import("./locales/es")`.
 */
export const LOCALE_LOADERS: Record<string, () => Promise<{ default: Partial<TResources> }>> = {};

/** Picks the best supported locale for a BCP 47 tag: exact, then language only, else English. */
export function supportedLocale(tag: string | null | undefined): string {
  if (!tag) return "en";
  const supported = ["en", ...Object.keys(LOCALE_LOADERS)];
  const lower = tag.toLowerCase();
  return supported.find((s) => s.toLowerCase() === lower) ?? supported.find((s) => s === lower.split("-")[0]) ?? "en";
}
