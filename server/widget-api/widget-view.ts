import type { TCustomerView } from "../../core/customer/customer-view.ts";

/**
 * What the person in the widget may see of their own customer: what they typed
 * (PII masked exactly as the API masks it), the statuses and the requirements.
 * Not `meta`, `lookupKey`, `mock`, wallets or bank accounts: those are the host's
 * bookkeeping, and a host page's scripts could read anything the widget shows.
 */
const WIDGET_FIELDS = [
  "id", "type", "kyc", "tos", "requirements", "additionalReviewRequiredReason",
  "firstName", "lastName", "name", "email", "phoneNumber", "dob", "ssn", "ein", "address", "website", "ubos",
] as const satisfies ReadonlyArray<keyof TCustomerView>;

export type TWidgetCustomerView = Pick<TCustomerView, (typeof WIDGET_FIELDS)[number]>;

/** @example toWidgetCustomerView(await customers.present(tx, snapshot.record)) */
export function toWidgetCustomerView(view: TCustomerView): TWidgetCustomerView {
  return Object.fromEntries(WIDGET_FIELDS.map((field) => [field, view[field]])) as TWidgetCustomerView;
}
