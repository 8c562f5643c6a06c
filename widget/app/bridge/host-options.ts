import type { TI18n } from "../../i18n/create-i18n";
import type { createLocaleChoice } from "../../i18n/locale-choice";
import { applyTheme } from "../theme";
import type { TBridge } from "./child-bridge";

/**
 * Applies `init` and `update` options from the host: locale (typed values stay,
 * they live in the model), string overrides and theme. Every payload was already
 * validated by core/protocol's schema in the bridge. Returns the cleanup.
 */
export function followHostOptions(bridge: TBridge, deps: { i18n: TI18n; locales: ReturnType<typeof createLocaleChoice>; root: HTMLElement }): () => void {
  return bridge.onMessage((message) => {
    if (message.type !== "init" && message.type !== "update") return;
    // Strings first: a locale switch in the same message then renders with them.
    deps.i18n.setStrings(message.payload.strings);
    if (message.payload.locale) void deps.locales.set("host", message.payload.locale);
    applyTheme(deps.root, message.payload.theme);
  });
}
