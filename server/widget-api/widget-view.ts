import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TCustomerView } from "../../core/customer/customer-view.ts";

/**
 * What the person in the widget may see of their own customer: what they typed
 * (PII masked exactly as the API masks it), the statuses and the requirements.
 * Not `meta`, `lookupKey`, `mock`, wallets or bank accounts: those are the host's
 * bookkeeping, and a host page's scripts could read anything the widget shows.
 * A business also sees its company answers, owners and the attestation (issue 5).
 */
const WIDGET_FIELDS = [
  "id", "type", "kyc", "tos", "requirements", "additionalReviewRequiredReason",
  "firstName", "lastName", "name", "email", "phoneNumber", "dob", "ssn", "ein", "address", "website", "ubos",
  "registrationNumber", "description", "businessType", "estimatedAnnualRevenueUsd", "expectedMonthlyPaymentsUsd",
  "sourceOfFundsDescription", "operatesInProhibitedCountries", "highRiskActivities", "transmitsCustomerFunds",
  "transmitsCustomerFundsDescription", "thirdParty", "thirdPartyMessage", "isProhibitedBusinessType",
  "ownersAttestedComplete",
] as const satisfies ReadonlyArray<keyof TCustomerView>;

export type TWidgetCustomerView = Pick<TCustomerView, (typeof WIDGET_FIELDS)[number]> & {
  /** The session left the type to the user: the widget asks it first. */
  typeOpen: boolean;
  /** The ownership rules' threshold, so the widget's instant checks match the server's. */
  ownershipThreshold: number;
};

/** @example toWidgetCustomerView(await customers.present(tx, snapshot.record), snapshot.record, customers.ownershipThreshold) */
export function toWidgetCustomerView(view: TCustomerView, record: Pick<TCustomerRecord, "typeOpen">, ownershipThreshold: number): TWidgetCustomerView {
  const picked = Object.fromEntries(WIDGET_FIELDS.map((field) => [field, view[field]])) as Pick<TCustomerView, (typeof WIDGET_FIELDS)[number]>;
  return { ...picked, typeOpen: record.typeOpen === true && view.kyc === "incomplete", ownershipThreshold };
}
