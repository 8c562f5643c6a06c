import * as z from "zod/mini";
import { ZWebhookEventFilter } from "./events.ts";

/** Longest endpoint URL accepted (a common browser/proxy limit). */
export const MAX_WEBHOOK_URL_LENGTH = 2048;
/** Longest grace period for the previous secret after a rotation: 7 days. */
export const MAX_ROTATION_GRACE_SECONDS = 7 * 24 * 60 * 60;

const ZUrl = z.string().check(z.minLength(1), z.maxLength(MAX_WEBHOOK_URL_LENGTH));
const ZEvents = z.array(ZWebhookEventFilter).check(z.minLength(1), z.maxLength(20));
const ZDescription = z.nullable(z.string().check(z.maxLength(500)));

/**
 * `POST /v1/webhook`: where to send (http or https), which event types (or `["*"]`),
 * and an optional note for operators.
 * @example { "url": "https://example.com/hooks/onboarding", "events": ["customer.kyc.updated"] }
 */
export const ZWebhookEndpointCreateInput = z.strictObject({
  url: ZUrl,
  events: ZEvents,
  description: z.optional(ZDescription),
});
export type TWebhookEndpointCreateInput = z.infer<typeof ZWebhookEndpointCreateInput>;

/**
 * `POST /v1/webhook/:id`: a partial update. `status: "enabled"` re-enables an
 * endpoint disabled after a 410 Gone; its pending deliveries then resume.
 */
export const ZWebhookEndpointUpdateInput = z.strictObject({
  url: z.optional(ZUrl),
  events: z.optional(ZEvents),
  description: z.optional(ZDescription),
  status: z.optional(z.enum(["enabled", "disabled"])),
});
export type TWebhookEndpointUpdateInput = z.infer<typeof ZWebhookEndpointUpdateInput>;

/** `POST /v1/webhook/:id/rotate-secret`: how long the old secret stays valid (default 24 h, 0 = revoke now). */
export const ZRotateSecretInput = z.strictObject({
  oldSecretExpiresInSeconds: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(MAX_ROTATION_GRACE_SECONDS))),
});
export type TRotateSecretInput = z.infer<typeof ZRotateSecretInput>;
