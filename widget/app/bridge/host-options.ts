import type { TI18n } from "../../i18n/create-i18n";
import { applyTheme } from "../theme";
import type { TBridge } from "./child-bridge";

/**
 * Applies `init` and `update` options from the host: locale (typed values stay,
 * they live in the model) and theme. Returns the cleanup.
 */
export function followHostOptions(bridge: TBridge, i18n: TI18n, root: HTMLElement): () => void {
  return bridge.onMessage((message) => {
    if (message.type !== "init" && message.type !== "update") return;
    if (message.payload.locale) void i18n.setLocale(message.payload.locale);
    applyTheme(root, message.payload.theme);
  });
}
