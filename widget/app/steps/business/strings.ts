import type { TFieldIssue } from "../../../../core/errors/field-issue";
import type { TI18n } from "../../../i18n/create-i18n";
import { useFlowApp } from "../flow-strings";

export type TBusinessText = (key: string, values?: Record<string, unknown>) => string;

/** Error codes worded for the business steps (`business.errors.*` in locales/en-business.ts); others use the shared `errors.*`. */
const BUSINESS_CODES = new Set([
  "ownership_exceeds_100", "below_ownership_threshold", "control_person_required", "ubo_required", "attestation_required",
  "document_required", "invalid_ein", "invalid_percentage", "invalid_amount",
]);

/** `t` for the business steps: keys under `business.` (their English comes with the later steps': ../flow-strings.ts). */
export function useBusinessText(): TBusinessText {
  const { i18n } = useFlowApp();
  return (key, values) => i18n.t("business." + key, values);
}

/** An issue's text: the business wording, else the shared `errors.*`, else the server's (English) message. */
export function businessIssueText(t: TBusinessText, i18n: TI18n, found: TFieldIssue | undefined, values?: Record<string, unknown>): string | undefined {
  if (!found) return undefined;
  return BUSINESS_CODES.has(found.code) ? t("errors." + found.code, values) : i18n.t("errors." + found.code, { defaultValue: found.message });
}
