import { DEFAULT_OWNERSHIP_THRESHOLD } from "../../core/kyb/ownership-rules.ts";

/**
 * `ONBOARDING_OWNERSHIP_THRESHOLD`: the percent from which a beneficial owner must
 * be listed. 25 by default (US CDD rule, 31 CFR 1010.230); some programs use 10.
 * A bad value stops the server at start with a message naming the variable, like
 * every other setting.
 */
export function ownershipThresholdFromEnv(env: Record<string, string | undefined>): number {
  const raw = env.ONBOARDING_OWNERSHIP_THRESHOLD?.trim();
  if (!raw) return DEFAULT_OWNERSHIP_THRESHOLD;
  const value = Number(raw);
  if (!/^\d+(\.\d{1,2})?$/.test(raw) || value <= 0 || value > 100) {
    throw new Error(`ONBOARDING_OWNERSHIP_THRESHOLD must be a percent above 0 and at most 100 (e.g. 25), got ${JSON.stringify(raw)}.`);
  }
  return value;
}
