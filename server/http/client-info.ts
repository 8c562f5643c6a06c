import type { Context } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";

/**
 * Who is on the other end, for audit records. The socket address is used, not
 * `X-Forwarded-For`, which any client can write; behind a proxy, configure the
 * proxy to terminate and log instead.
 */
export function clientInfo(c: Context): { ip: string | null; userAgent: string | null } {
  let ip: string | null = null;
  try {
    ip = getConnInfo(c).remote.address ?? null;
  } catch {
    // app.request() in tests has no socket.
  }
  return { ip, userAgent: c.req.header("User-Agent") ?? null };
}
