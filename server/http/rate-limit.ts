import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.ts";

/** One bucket's shape: `burst` requests at once, refilled at `perSecond`. 0 per second turns the limit off. */
export type TBucketLimit = { perSecond: number; burst: number };

/** Limits per credential kind (server/config/rate-limit-config.ts reads them from ONBOARDING_RATE_LIMIT_*). */
export type TRateLimitOptions = {
  /** Per secret key (the host's back end). */
  secretKey: TBucketLimit;
  /** Per widget session (its client secret), i.e. per person in a browser. */
  clientSecret: TBucketLimit;
  /** Milliseconds clock, injected so tests refill buckets without sleeping. */
  now?: () => number;
  /** Most buckets kept; the least recently used is dropped beyond it (memory stays bounded under forged tokens). */
  maxBuckets?: number;
};

type TBucket = { tokens: number; at: number };

/**
 * Token bucket per credential, in this process only: with several server processes
 * each keeps its own buckets, so the effective limit is the per-process one times
 * the number of processes (documented in the README).
 *
 * It runs before authentication and keys on the presented credential (a client
 * secret by its session id, anything else by a hash), so a flood is refused before
 * it costs a database round trip. Requests without credentials are not counted:
 * they are refused with 401 at no cost. Forged tokens each get a bucket, which is
 * why the map is bounded: evicting a bucket only ever forgives, never blocks.
 *
 * @example app.use("/v1/*", rateLimit({ secretKey: { perSecond: 100, burst: 1000 }, clientSecret: { perSecond: 10, burst: 100 } }));
 */
export function rateLimit(options: TRateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const maxBuckets = options.maxBuckets ?? 10_000;
  const buckets = new Map<string, TBucket>();

  /** Takes a token; returns 0 when granted, else the seconds until one is available. */
  function take(id: string, limit: TBucketLimit): number {
    const t = now();
    const bucket = buckets.get(id) ?? { tokens: limit.burst, at: t };
    buckets.delete(id); // re-inserted below: Map order is the LRU order
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((t - bucket.at) / 1000) * limit.perSecond);
    bucket.at = t;
    const granted = bucket.tokens >= 1;
    if (granted) bucket.tokens -= 1;
    buckets.set(id, bucket);
    if (buckets.size > maxBuckets) buckets.delete(buckets.keys().next().value!);
    return granted ? 0 : Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond));
  }

  return async (c, next) => {
    const credential = credentialOf(c.req.header("Authorization"));
    if (credential) {
      const limit = credential.kind === "client" ? options.clientSecret : options.secretKey;
      const wait = limit.perSecond > 0 ? take(credential.id, limit) : 0;
      if (wait > 0) {
        // RFC 6585 §4 (429) with RFC 9110 §10.2.3 Retry-After in seconds.
        throw new ApiError(429, "rate_limited", `Too many requests for this credential. Retry after ${wait} s.`, undefined, { "Retry-After": String(wait) });
      }
    }
    await next();
  };
}

function credentialOf(header: string | undefined): { kind: "key" | "client"; id: string } | null {
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];
  if (!token) return null;
  // A client secret is `cs_<sessionId>_<secret>`: its session is the person to limit.
  const session = /^cs_(ses_[0-9a-f]{32})_/.exec(token)?.[1];
  if (session) return { kind: "client", id: `cs:${session}` };
  // Never keep a secret key in memory longer than the request: only its hash.
  return { kind: "key", id: `key:${createHash("sha256").update(token).digest("hex").slice(0, 32)}` };
}
