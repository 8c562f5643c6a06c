import { randomBytes } from "node:crypto";
import type { MiddlewareHandler } from "hono";

/**
 * Gives every request an id of the seed's shape (`request_<32 hex>`), echoed in
 * the envelope and the `X-Request-Id` header so a host can quote it to support.
 * A client-sent id is never trusted: it could be used to forge log lines.
 */
export function requestId(): MiddlewareHandler {
  return async (c, next) => {
    const id = `request_${randomBytes(16).toString("hex")}`;
    c.set("requestId", id);
    c.header("X-Request-Id", id);
    await next();
  };
}
