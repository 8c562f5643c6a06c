import { ConfigError } from "./config-error.ts";
import { booleanVar, envValue, integerVar } from "./env-values.ts";

/** Webhook delivery settings (server/webhooks/dispatcher.ts). */
export type TWebhookConfig = {
  /** Development only: allow endpoints on loopback and private networks (the demo and tests). */
  allowPrivateTargets: boolean;
  pollMs: number;
  timeoutMs: number;
  leaseMs: number;
};

/**
 * | variable                          | default / rule                                            |
 * |-----------------------------------|-----------------------------------------------------------|
 * | ONBOARDING_WEBHOOK_ALLOW_PRIVATE  | false; true allows loopback/private/link-local endpoints  |
 * | ONBOARDING_WEBHOOK_POLL_MS        | 1000; 10–60000                                            |
 * | ONBOARDING_WEBHOOK_TIMEOUT_MS     | 15000; 100–60000                                          |
 * | ONBOARDING_WEBHOOK_LEASE_MS       | 60000; 1000–3600000, more than the timeout                |
 */
export function webhookConfigFrom(env: Record<string, string | undefined>): TWebhookConfig {
  const allowPrivateTargets = booleanVar("ONBOARDING_WEBHOOK_ALLOW_PRIVATE", envValue(env, "ONBOARDING_WEBHOOK_ALLOW_PRIVATE"), false);
  const pollMs = integerVar("ONBOARDING_WEBHOOK_POLL_MS", envValue(env, "ONBOARDING_WEBHOOK_POLL_MS"), 1000, 10, 60_000);
  const timeoutMs = integerVar("ONBOARDING_WEBHOOK_TIMEOUT_MS", envValue(env, "ONBOARDING_WEBHOOK_TIMEOUT_MS"), 15_000, 100, 60_000);
  const leaseMs = integerVar("ONBOARDING_WEBHOOK_LEASE_MS", envValue(env, "ONBOARDING_WEBHOOK_LEASE_MS"), 60_000, 1000, 3_600_000);
  // A lease shorter than the timeout would let a second process re-send a delivery the first is still waiting on.
  if (leaseMs <= timeoutMs) {
    throw new ConfigError("ONBOARDING_WEBHOOK_LEASE_MS", `ONBOARDING_WEBHOOK_LEASE_MS (${leaseMs}) must be more than ONBOARDING_WEBHOOK_TIMEOUT_MS (${timeoutMs})`);
  }
  return { allowPrivateTargets, pollMs, timeoutMs, leaseMs };
}
