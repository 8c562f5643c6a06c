import { envValue, integerVar } from "./env-values.ts";
import type { TRateLimitOptions } from "../http/rate-limit.ts";

export type TRateLimitConfig = Pick<TRateLimitOptions, "secretKey" | "clientSecret">;

/**
 * | variable                                  | default / rule                                    |
 * |-------------------------------------------|---------------------------------------------------|
 * | ONBOARDING_RATE_LIMIT_PER_SECOND          | 500; 0–100000 requests/s per secret key (0 = off) |
 * | ONBOARDING_RATE_LIMIT_BURST               | 1000; 1–1000000                                   |
 * | ONBOARDING_RATE_LIMIT_CLIENT_PER_SECOND   | 20; 0–100000 per client secret (0 = off)          |
 * | ONBOARDING_RATE_LIMIT_CLIENT_BURST        | 100; 1–1000000                                    |
 *
 * Defaults are generous: a host back end importing customers or a bench run does
 * not trip them, while a stolen client secret can't hammer the API from a script.
 */
export function rateLimitConfigFrom(env: Record<string, string | undefined>): TRateLimitConfig {
  const read = (name: string, fallback: number, min: number, max: number) => integerVar(name, envValue(env, name), fallback, min, max);
  return {
    secretKey: { perSecond: read("ONBOARDING_RATE_LIMIT_PER_SECOND", 500, 0, 100_000), burst: read("ONBOARDING_RATE_LIMIT_BURST", 1000, 1, 1_000_000) },
    clientSecret: {
      perSecond: read("ONBOARDING_RATE_LIMIT_CLIENT_PER_SECOND", 20, 0, 100_000),
      burst: read("ONBOARDING_RATE_LIMIT_CLIENT_BURST", 100, 1, 1_000_000),
    },
  };
}
