import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit as streamingBodyLimit } from "hono/body-limit";

/**
 * Refuses request bodies larger than `maxSize` (413 through `onError`).
 *
 * Hono's `bodyLimit` starts by reading `c.req.raw.body`, which makes
 * @hono/node-server build a whole fetch `Request` (with an AbortController) for
 * every request, GETs included: a measurable share of a retrieve (issue 7). The
 * headers answer the common cases; only a body of unknown length (chunked) goes
 * through Hono's counting stream.
 */
export function bodyLimit(options: { maxSize: number; onError: (c: Context) => never }): MiddlewareHandler {
  const streaming = streamingBodyLimit(options);
  return async (c, next) => {
    // Handlers never read a body on these methods; Node discards it.
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const length = c.req.header("Content-Length");
    if (length !== undefined && c.req.header("Transfer-Encoding") === undefined) {
      if (Number(length) > options.maxSize) options.onError(c);
      return next();
    }
    return streaming(c, next);
  };
}
