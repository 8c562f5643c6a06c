import i18next from "i18next";
import { signal, type ReadonlySignal } from "@preact/signals";
import type { TStrings } from "../../core/protocol";
import enBase from "./locales/en-base";
import { LOCALE_LOADERS, supportedLocale } from "./locale-loaders";

/** `key` may list fallbacks, tried in order (i18next): the first one this language has wins. */
export type TTranslate = (key: string | string[], values?: Record<string, unknown>) => string;

/** Translation service handed to components through context. */
export interface TI18n {
  /** Reading it inside a component subscribes that component to locale changes. */
  readonly locale: ReadonlySignal<string>;
  t: TTranslate;
  /**
   * Loads the locale if needed, then switches; typed values are untouched (they
   * live in the model). When calls overlap, the last one asked for wins.
   */
  setLocale(tag: string | null | undefined): Promise<void>;
  /** Host overrides of any string, per locale (mount option `strings`); later calls merge. */
  setStrings(strings: TStrings | undefined): void;
  /** "rtl" for right-to-left scripts. */
  dir(): "ltr" | "rtl";
  /**
   * Adds English strings that load with the lazy chunk (the later steps': locales/en-flow.ts, en-business.ts),
   * the fallback of any locale missing them. Keys already there (a host's overrides) are kept.
   */
  addEnglish(resources: Record<string, unknown>): void;
}

/**
 * English is bundled (it is also the fallback for a missing key), but for the
 * later steps' strings, which come with their chunk (`addEnglish`); other
 * locales are fetched when first chosen.
 * @example const i18n = createI18n("en"); i18n.t("steps.identity")
 */
export function createI18n(initial: string | null | undefined): TI18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: enBase } },
    lng: "en",
    fallbackLng: "en",
    initAsync: false,
    interpolation: { escapeValue: false }, // Preact escapes text nodes already
    returnNull: false,
  });
  const locale = signal("en");
  // Bumped when strings change without a locale change (host overrides), to re-render readers.
  const revision = signal(0);
  const overrides: TStrings = {};
  let latest = 0;

  /** Host strings go on top of whatever bundle is loaded, and again after a lazy bundle arrives. */
  const applyOverrides = (lng: string) => {
    for (const [tag, strings] of Object.entries(overrides)) {
      if (supportedLocale(tag) === lng && instance.hasResourceBundle(lng, "translation")) instance.addResources(lng, "translation", strings);
    }
  };

  async function setLocale(tag: string | null | undefined): Promise<void> {
    const request = ++latest;
    const next = supportedLocale(tag);
    const load = LOCALE_LOADERS[next];
    if (load && !instance.hasResourceBundle(next, "translation")) {
      const resources = await load().catch(() => null);
      if (!resources) return; // offline: stay in the current language rather than show keys
      instance.addResourceBundle(next, "translation", resources.default, true, true);
      applyOverrides(next);
    }
    if (request !== latest) return; // a later choice arrived while this one loaded
    await instance.changeLanguage(next);
    locale.value = next;
  }
  void setLocale(initial);

  return {
    locale,
    setLocale,
    setStrings(strings) {
      if (!strings) return;
      for (const [tag, values] of Object.entries(strings)) overrides[tag] = { ...overrides[tag], ...values };
      for (const lng of new Set(Object.keys(strings).map((tag) => supportedLocale(tag)))) applyOverrides(lng);
      revision.value++;
    },
    t: (key, values) => {
      void locale.value; // subscribe the caller
      void revision.value;
      return instance.t(key, values) as string;
    },
    dir: () => instance.dir(locale.value) as "ltr" | "rtl",
    // No re-render needed: only the components that come with these strings read them.
    addEnglish: (resources) => void instance.addResourceBundle("en", "translation", resources, true, false),
  };
}
