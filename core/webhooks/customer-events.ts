import type { TCustomerRecord } from "../customer/customer-record.ts";
import type { TWebhookCustomer, TWebhookCustomerPrevious, TWebhookEventFilter, TWebhookEventType } from "./events.ts";

/** One event to emit, before it gets its id and timestamp. */
export type TCustomerEventDraft = { type: TWebhookEventType; data: { customer: TWebhookCustomer; previous?: TWebhookCustomerPrevious } };

/** The fields compared to tell what changed; all of them are statuses or requirement paths, never PII. */
const COMPARED = ["status", "kyc", "tos", "msa", "euAccountTos", "additionalReviewRequiredReason", "isProhibitedBusinessType", "requirements"] as const;

/**
 * The thin webhook view of a stored customer. Picks fields one by one (an
 * allowlist), so a field added to the record later can't leak PII into webhooks.
 *
 * @example summarizeCustomer(record, ["ssn", "tos"]) // { id, type, status, kyc, …, requirements: ["ssn", "tos"] }
 */
export function summarizeCustomer(record: TCustomerRecord, requirements: readonly string[]): TWebhookCustomer {
  return {
    id: record.id,
    type: record.type,
    status: record.status,
    kyc: record.kyc,
    tos: record.tos,
    msa: record.msa,
    euAccountTos: record.euAccountTos,
    additionalReviewRequiredReason: record.additionalReviewRequiredReason,
    isProhibitedBusinessType: record.isProhibitedBusinessType,
    requirements: [...requirements],
    mock: record.mock,
    deleted: false,
  };
}

/**
 * Which events one stored change produces, from the customer's webhook view
 * before and after it (`null` = did not exist / erased):
 * - created: `customer.created`;
 * - erased: `customer.deleted` (with the last state before erasure);
 * - changed: `customer.updated` always, plus `customer.kyc.updated` when `kyc`
 *   changed and `customer.requirements.updated` when the due list changed.
 * Every update event carries `previous`: the compared fields that changed, with
 * their old values.
 */
export function customerEventsFor(previous: TWebhookCustomer | null, current: TWebhookCustomer | null): TCustomerEventDraft[] {
  if (current === null) return previous === null ? [] : [{ type: "customer.deleted", data: { customer: { ...previous, deleted: true } } }];
  if (previous === null) return [{ type: "customer.created", data: { customer: current } }];
  const changed: TWebhookCustomerPrevious = {};
  for (const field of COMPARED) {
    // A summary stored before a field existed lacks it: read as null, not as a change.
    const before = previous[field] ?? null;
    if (!sameValue(before, current[field] ?? null)) Object.assign(changed, { [field]: before });
  }
  const data = { customer: current, previous: changed };
  const events: TCustomerEventDraft[] = [{ type: "customer.updated", data }];
  if ("kyc" in changed) events.push({ type: "customer.kyc.updated", data });
  if ("requirements" in changed) events.push({ type: "customer.requirements.updated", data });
  return events;
}

/** True when an endpoint subscribed with `filters` wants events of `type`. */
export function subscribesTo(filters: readonly TWebhookEventFilter[], type: TWebhookEventType): boolean {
  return filters.includes("*") || filters.includes(type);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}
