import i18next from "i18next";
import { signal, type ReadonlySignal } from "@preact/signals";
import en from "./locales/en";
import { LOCALE_LOADERS, supportedLocale } from "./locale-loaders";

export type TTranslate = (key: string, values?: Record<string, unknown>) => string;

/** Translation service handed to components through context. */
export interface TI18n {
  /** Reading it inside a component subscribes that component to locale changes. */
  readonly locale: ReadonlySignal<string>;
  t: TTranslate;
  /** Loads the locale if needed, then switches; typed values are untouched (they live in the model). */
  setLocale(tag: string | null | undefined): Promise<void>;
  /** "rtl" for right-to-left scripts. */
  dir(): "ltr" | "rtl";
}

/**
 * English is bundled (it is also the fallback for a missing key); other
 * locales are fetched when first chosen.
 * @example const i18n = createI18n("en"); i18n.t("steps.identity")
 */
export function createI18n(initial: string | null | undefined): TI18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en } },
    lng: "en",
    fallbackLng: "en",
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes text nodes already
    returnNull: false,
  });
  const locale = signal("en");

  async function setLocale(tag: string | null | undefined): Promise<void> {
    const next = supportedLocale(tag);
    const load = LOCALE_LOADERS[next];
    if (load && !instance.hasResourceBundle(next, "translation")) {
      const resources = await load().catch(() => null);
      if (!resources) return;
      instance.addResourceBundle(next, "translation", resources.default, true, true);
    }
    await instance.changeLanguage(next);
    locale.value = next;
  }
  void setLocale(initial);

  return {
    locale,
    setLocale,
    t: (key, values) => {
      void locale.value; // subscribe the caller
      return instance.t(key, values) as string;
    },
    dir: () => instance.dir(locale.value) as "ltr" | "rtl",
  };
}
