import type { TDateParts } from "../../../core/validation/dob";
import type { TCustomerView } from "../api/types";
import { signal } from "@preact/signals";
import { checkIdentity, dobParts, normalizePhone, type TIssues } from "../validation/identity-rules";
import type { TDrafts } from "./drafts";
import { documentSlots, type TStepId } from "./steps";

/**
 * The address rules bring the country, subdivision and postal-code tables (about
 * 3 KB gzip): they load with the address step (steps/index.ts), not with the first
 * step (issue 7 budget). Until then the address step can't be on screen.
 */
export const addressRules = signal<typeof import("../validation/address-rules") | null>(null);
let loading: Promise<void> | null = null;
export const loadAddressRules = () => (loading ??= import("../validation/address-rules").then((rules) => void (addressRules.value = rules)));

/** Client-side issues of a step's draft (empty for steps without fields). */
export function validateStep(step: TStepId, drafts: TDrafts, customer: TCustomerView, today: TDateParts): TIssues {
  if (step === "identity") return checkIdentity(drafts.identity, { today, dobOnFile: Boolean(customer.dob?.provided) });
  if (step === "address") return addressRules.value?.checkAddress(drafts.address, { ssnOnFile: Boolean(customer.ssn?.provided) }) ?? {};
  if (step === "documents" && documentSlots(customer.requirements).some((slot) => slot.required))
    return { documents: { path: "documents", code: "document_required", message: "Upload the documents marked as required." } };
  if (step === "terms" && !drafts.terms.accepted) return { tos: { path: "tos", code: "terms_required", message: "Accept the terms to continue." } };
  return {};
}

/**
 * The partial update a step sends (`POST /v1/widget/customer`). Masked fields
 * (dob, ssn) are sent only when typed, so "on file" values are never cleared.
 */
export function stepPayload(step: TStepId, drafts: TDrafts): Record<string, unknown> | null {
  if (step === "identity") {
    const d = drafts.identity;
    const dob = dobParts(d);
    return {
      firstName: d.firstName.trim(),
      lastName: d.lastName.trim(),
      email: d.email.trim(),
      phoneNumber: normalizePhone(d.phoneNumber),
      ...(dob ? { dob } : {}),
    };
  }
  if (step === "address") {
    const ssn = drafts.address.ssn.trim();
    const rules = addressRules.peek()!; // loaded before the step renders
    return { address: rules.addressInput(drafts.address), ...(rules.asksSsn(drafts.address) && ssn ? { ssn } : {}) };
  }
  return null;
}

/** Today in the user's calendar, as core's date checks take it. */
export function todayParts(now: Date): TDateParts {
  return { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
}
