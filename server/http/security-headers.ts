import type { MiddlewareHandler } from "hono";

/**
 * Headers every response carries. The API serves JSON only, so it forbids
 * sniffing, framing and referrers outright; the widget's pages set their own CSP.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
    c.header("Referrer-Policy", "no-referrer");
    if (!c.res.headers.has("Content-Security-Policy")) {
      c.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }
    if (c.req.path.startsWith("/v1/") && !c.res.headers.has("Cache-Control")) c.header("Cache-Control", "no-store");
  };
}
