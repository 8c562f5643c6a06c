import { createHmac, randomBytes } from "node:crypto";

const SECRET_PREFIX = "whsec_";
/** Standard Webhooks 1.0: secrets are 24 to 64 random bytes; we use 32 (the HMAC-SHA256 block half, as Svix does). */
const SECRET_BYTES = 32;

/**
 * A new endpoint secret, `whsec_` + base64 of 32 random bytes, the format the
 * `standardwebhooks` and `svix` libraries take as is.
 *
 * @example generateWebhookSecret() // "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
 */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString("base64")}`;
}

/**
 * One `v1,<signature>` entry: base64 HMAC-SHA256, keyed with the secret's
 * decoded bytes (the part after `whsec_`), over `{id}.{timestamp}.{body}`
 * (Standard Webhooks 1.0, "Signature scheme").
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, "base64");
  const mac = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${mac}`;
}

/**
 * The headers of one attempt. `webhook-id` is the event id (the same on every
 * retry, so receivers use it to drop duplicates); `webhook-timestamp` is this
 * attempt's time in seconds (receivers refuse ones more than 5 minutes off, which
 * stops replays); `webhook-signature` lists one signature per valid secret,
 * space-separated, so both the new and the old secret verify during a rotation.
 *
 * @example webhookHeaders({ id: "evt_1", timestampSeconds: 1768471200, body, secrets: [current, previous] })
 */
export function webhookHeaders(input: { id: string; timestampSeconds: number; body: string; secrets: readonly string[] }): Record<string, string> {
  return {
    "content-type": "application/json",
    "webhook-id": input.id,
    "webhook-timestamp": String(input.timestampSeconds),
    "webhook-signature": input.secrets.map((secret) => signWebhook(secret, input.id, input.timestampSeconds, input.body)).join(" "),
  };
}
