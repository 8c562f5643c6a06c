import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";

/**
 * Gives every request an id of the seed's shape (`request_<32 hex>`), echoed in
 * the envelope and the `X-Request-Id` header so a host can quote it to support.
 * A client-sent id is never trusted: it could be used to forge log lines.
 * From a v4 UUID: Node draws those from a cached entropy pool, where
 * `randomBytes` is a system call per request (issue 7's throughput).
 */
export function requestId(): MiddlewareHandler {
  return async (c, next) => {
    const id = `request_${randomUUID().replaceAll("-", "")}`;
    c.set("requestId", id);
    c.header("X-Request-Id", id);
    await next();
  };
}
