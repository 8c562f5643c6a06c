import type { TI18n } from "./create-i18n";
import { matchLocale, supportedLocale } from "./locale-loaders";

type TSource = "host" | "session";

/**
 * Which language to show when several sources name one, in issue 6's order:
 * the host's mount option (`init`/`update`), else the session's `locale`, else
 * the first supported language of the browser (`navigator.languages`), else
 * English. Sources arrive at any time (the session after the first fetch, `init`
 * after the handshake), so each arrival re-decides from all of them instead of
 * letting whichever came last win.
 * @example const choice = createLocaleChoice(i18n, navigator.languages); choice.set("session", "fr");
 */
export function createLocaleChoice(i18n: TI18n, browser: readonly string[]) {
  const chosen: Partial<Record<TSource, string>> = {};
  // A tag we don't ship (say `ja`) falls through to the next source, not straight to English.
  const decide = () => i18n.setLocale(matchLocale(chosen.host) ?? matchLocale(chosen.session) ?? supportedLocale(browser));
  void decide();
  return {
    set(source: TSource, tag: string | null | undefined): Promise<void> {
      chosen[source] = tag ?? undefined;
      return decide();
    },
  };
}
