import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Client secrets: `cs_<sessionId>_<secret>`, `sessionId = ses_<32 hex>` (the shape
 * widget/loader/client-secret.ts reads, to build `/embed/<sessionId>`).
 *
 * The secret part is HMAC-SHA256(key, sessionId) in base64url (256 bits), where the
 * key is derived from the server's secret key and the session id holds 128 random
 * bits. Deriving it (rather than storing a random value) is what lets an idempotent
 * retry of the create replay the same secret while the database keeps only its
 * SHA-256: neither the sessions table nor the idempotency store ever holds it.
 */
const CLIENT_SECRET = /^cs_(ses_[0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;

export type TClientSecretMinter = {
  /** A new, unguessable session id. */
  newSessionId(): string;
  /** The one client secret of a session. */
  secretFor(sessionId: string): string;
};

/** @example const minter = createClientSecretMinter(config.secretKey); minter.secretFor(minter.newSessionId()) */
export function createClientSecretMinter(serverSecretKey: string): TClientSecretMinter {
  // Domain-separated sub-key: the API key itself is never used as an HMAC key for anything else.
  const key = createHmac("sha256", serverSecretKey).update("open-onboarding/client-secret/v1").digest();
  return {
    newSessionId: () => `ses_${randomBytes(16).toString("hex")}`,
    secretFor: (sessionId) => `cs_${sessionId}_${createHmac("sha256", key).update(sessionId).digest("base64url")}`,
  };
}

/** The session id of a well-formed client secret, else null (a secret key, garbage, …). */
export function parseClientSecret(value: string): { sessionId: string } | null {
  const match = CLIENT_SECRET.exec(value);
  return match ? { sessionId: match[1]! } : null;
}

/** What the database stores: SHA-256 hex of the whole secret. */
export function hashClientSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Constant-time comparison of a presented secret with a stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashClientSecret(secret), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}
