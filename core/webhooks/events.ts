import * as z from "zod/mini";
import * as e from "../customer/enums.ts";

/**
 * Every event a webhook endpoint can subscribe to. Names are `resource.action`
 * (Standard Webhooks 1.0 suggests a `type` of this dotted form).
 * - `customer.created`: a customer was created (POST /v1/customer or the widget).
 * - `customer.updated`: any stored change to a customer (fields, status, documents, terms, KYC).
 * - `customer.kyc.updated`: `kyc` changed (e.g. `incomplete` → `pending` → `approved`).
 * - `customer.requirements.updated`: the list of still-due requirements changed.
 * - `customer.deleted`: the customer's personal data was erased (DELETE /v1/customer/:id).
 */
export const WEBHOOK_EVENT_TYPES = [
  "customer.created",
  "customer.updated",
  "customer.kyc.updated",
  "customer.requirements.updated",
  "customer.deleted",
] as const;

export const ZWebhookEventType = z.enum(WEBHOOK_EVENT_TYPES);
export type TWebhookEventType = z.infer<typeof ZWebhookEventType>;

/** What an endpoint subscribes to: listed event types, or `"*"` for all of them, present and future. */
export const ZWebhookEventFilter = z.union([ZWebhookEventType, z.literal("*")]);
export type TWebhookEventFilter = z.infer<typeof ZWebhookEventFilter>;

/**
 * The customer as a webhook shows it: ids and statuses only. Deliberately NO
 * personal data (name, email, phone, address, SSN, EIN, date of birth): a
 * webhook body travels to another system and lands in its logs. The receiver
 * fetches what it needs with `GET /v1/customer/:id` and its secret key.
 */
export const ZWebhookCustomer = z.object({
  id: z.string(),
  type: e.ZCustomerType,
  status: e.ZCustomerStatus,
  kyc: e.ZKycStatus,
  tos: e.ZTosStatus,
  msa: e.ZMsaStatus,
  euAccountTos: e.ZEuAccountTosStatus,
  additionalReviewRequiredReason: z.nullable(e.ZAdditionalReviewRequiredReason),
  /**
   * A business's screening (seed 004's KYB questions): true when it answered a prohibited
   * activity or country, which is also why its `kyc` went to `rejected`; null until answered
   * and for individuals. Optional: summaries stored before it existed lack it.
   */
  isProhibitedBusinessType: z.optional(z.nullable(z.boolean())),
  requirements: z.array(z.string()),
  mock: z.boolean(),
  /** True only in `customer.deleted`: the other fields are the last state before erasure. */
  deleted: z.boolean(),
});
export type TWebhookCustomer = z.infer<typeof ZWebhookCustomer>;

/** The fields of {@link ZWebhookCustomer} that changed, with their value before the change. */
export const ZWebhookCustomerPrevious = z.partial(
  z.pick(ZWebhookCustomer, { status: true, kyc: true, tos: true, msa: true, euAccountTos: true, additionalReviewRequiredReason: true, isProhibitedBusinessType: true, requirements: true }),
);
export type TWebhookCustomerPrevious = z.infer<typeof ZWebhookCustomerPrevious>;

/**
 * The JSON body of every delivery, in Standard Webhooks' recommended shape
 * `{ type, timestamp, data }`, plus `id` (equal to the `webhook-id` header, the
 * same across retries: use it to drop duplicates, delivery is at least once).
 *
 * @example
 * { "id": "evt_…", "type": "customer.kyc.updated", "timestamp": "2026-01-15T10:00:00.000Z",
 *   "data": { "customer": { "id": "customer_…", "kyc": "approved", … }, "previous": { "kyc": "pending" } } }
 */
export const ZWebhookEvent = z.object({
  id: z.string(),
  type: ZWebhookEventType,
  /** When the change happened (ISO 8601); `webhook-timestamp` is when this attempt was sent. */
  timestamp: z.string(),
  data: z.object({
    customer: ZWebhookCustomer,
    previous: z.optional(ZWebhookCustomerPrevious),
  }),
});
export type TWebhookEvent = z.infer<typeof ZWebhookEvent>;
