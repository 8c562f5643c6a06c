import { timingSafeEqual } from "node:crypto";
import sodium from "sodium-native";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.ts";

/**
 * `Authorization: Bearer <secret key>` for the host's back end. Compared in
 * constant time on hashes, so neither content nor length leaks through timing.
 */
export function secretKeyAuth(secretKey: string): MiddlewareHandler {
  const expected = digest(secretKey);
  return async (c, next) => {
    const header = c.req.header("Authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw new ApiError(401, "missing_api_key", "Send your secret key as `Authorization: Bearer sk_…`.", undefined, { "WWW-Authenticate": "Bearer" });
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw new ApiError(401, "invalid_api_key", "The secret key is not valid for this server.", undefined, { "WWW-Authenticate": "Bearer" });
    }
    c.set("actor", "secret_key");
    await next();
  };
}

/**
 * BLAKE2b-256 from libsodium: paid on every request, and `node:crypto`'s one-shot
 * SHA-256 cost ~5 µs of a create there (OpenSSL 3 looks the digest up on each call).
 */
function digest(value: string): Buffer {
  const out = Buffer.allocUnsafe(32);
  sodium.crypto_generichash(out, Buffer.from(value, "utf8"));
  return out;
}
