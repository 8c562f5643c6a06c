import type { MountOptions } from "./onboarding";
import { sessionIdOf } from "./client-secret";

const CALLBACKS = ["onReady", "onStep", "onComplete", "onExit", "onError", "onEvent", "onTokenExpired"] as const;

function typeOf(value: unknown): string {
  return value === null ? "null" : typeof value;
}

/**
 * Returns what to fix in the mount options, or "" when they are usable.
 * Messages name the option and what was received (the stripe-js habit:
 * "Expected clientSecret to be a string, got number").
 */
export function checkOptions(options: MountOptions | undefined): string {
  if (!options || typeof options != "object") return "Expected options to be an object, got " + typeOf(options);
  const { clientSecret, locale, theme, strings, serverUrl } = options;
  if (typeof clientSecret != "string") return "Expected clientSecret to be a string, got " + typeOf(clientSecret);
  if (!sessionIdOf(clientSecret)) return "clientSecret must look like cs_ses_<hex>_<secret>: pass the value your backend got from POST /v1/onboarding/session";
  if (serverUrl != null && (typeof serverUrl != "string" || !/^https?:\/\//.test(serverUrl)))
    return "Expected serverUrl to be an http(s) URL string, got " + typeOf(serverUrl);
  if (locale != null && typeof locale != "string") return "Expected locale to be a string like \"en\", got " + typeOf(locale);
  if (theme != null && typeof theme != "object") return "Expected theme to be an object, got " + typeOf(theme);
  if (strings != null && typeof strings != "object") return "Expected strings to be an object like { en: { \"app.title\": \"…\" } }, got " + typeOf(strings);
  for (const name of CALLBACKS) {
    const value = options[name];
    if (value != null && typeof value != "function") return "Expected " + name + " to be a function, got " + typeOf(value);
  }
  return "";
}
