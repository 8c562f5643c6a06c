import type { Context, MiddlewareHandler } from "hono";

/**
 * Headers every response carries. The API serves JSON only, so it forbids
 * sniffing, framing and referrers outright; the widget's pages set their own CSP.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const headers: Array<[string, string]> = [
      ["X-Content-Type-Options", "nosniff"],
      ["Referrer-Policy", "no-referrer"],
    ];
    if (!c.res.headers.has("Content-Security-Policy")) headers.push(["Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"]);
    if (c.req.path.startsWith("/v1/") && !c.res.headers.has("Cache-Control")) headers.push(["Cache-Control", "no-store"]);
    setOnResponse(c, headers);
  };
}

/**
 * After the handler, Hono's `c.header()` copies the whole Response on every call
 * (a response from `fetch()` has immutable headers): a visible share of each
 * request (issue 7). The responses built here are mutable; only a refusal falls back.
 */
function setOnResponse(c: Context, headers: Array<[string, string]>): void {
  try {
    for (const [name, value] of headers) c.res.headers.set(name, value);
  } catch {
    for (const [name, value] of headers) c.header(name, value);
  }
}
