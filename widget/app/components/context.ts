import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { TI18n } from "../../i18n/create-i18n";
import type { THandoffModel } from "../models/handoff-model";
import type { TOnboardingModel } from "../models/onboarding-model";
import type { TFieldIssue } from "../../../core/errors/field-issue";

/** What <App> provides: the model, translations and (when the server offers it) continue-on-phone. */
export type TAppContext = { model: TOnboardingModel; i18n: TI18n; handoff?: THandoffModel };

/** The model and translations, provided once by <App>; passed in, never imported as singletons. */
export const AppContext = createContext<TAppContext | null>(null);

/** The app context; throws only on a programming error (component outside <App>). */
export function useApp(): TAppContext {
  const value = useContext(AppContext);
  if (!value) throw new Error("useApp() outside <AppContext.Provider>");
  return value;
}

/** An issue's text in the user's language; unknown codes fall back to the (English) server message. */
export function issueText(i18n: TI18n, issue: TFieldIssue | undefined): string | undefined {
  return issue && i18n.t("errors." + issue.code, { defaultValue: issue.message });
}

/** A DOM id for a field path (`address.postalCode` → `f-address-postalCode`). */
export function fieldId(path: string): string {
  return "f-" + path.replace(/\./g, "-");
}
