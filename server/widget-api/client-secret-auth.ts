import type { MiddlewareHandler } from "hono";
import type { Database } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import type { TSessionRecord } from "../sessions/session-store.ts";
import type { TSessionService } from "../sessions/session-service.ts";

declare module "hono" {
  interface ContextVariableMap {
    /** The widget session a client secret opened (set on `/v1/widget/*` only). */
    widgetSession: TSessionRecord;
  }
}

export type TClientSecretAuthDeps = {
  db: Database;
  sessions: TSessionService;
  /** The server's public origin; the request's own origin is always accepted too. */
  publicOrigin?: string;
};

/**
 * `Authorization: Bearer cs_…` for `/v1/widget/*`: the session's client secret and
 * nothing else. A secret key is refused here (the widget never holds one, so one
 * arriving means it leaked into a browser), and browser calls from any origin but
 * the embed page's own are refused: the widget calls its own origin, so a foreign
 * page holding a stolen secret gets no further than this check (no CORS headers are
 * ever sent either, so it could not read a response anyway).
 */
export function clientSecretAuth({ db, sessions, publicOrigin }: TClientSecretAuthDeps): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header("Origin");
    if (origin !== undefined && origin !== new URL(c.req.url).origin && origin !== publicOrigin) {
      throw new ApiError(403, "origin_not_allowed", "The widget API answers only the widget's own pages.");
    }
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "");
    if (!match) throw unauthorized("missing_client_secret", "Send the session's client secret as `Authorization: Bearer cs_…`.");
    const token = match[1]!;
    if (token.startsWith("sk_")) {
      throw unauthorized("invalid_client_secret", "A secret key can't be used here: /v1/widget takes a session's client secret (cs_…). Never send a secret key to a browser.");
    }
    const session = await sessions.authenticate(db, token);
    c.set("widgetSession", session);
    c.set("actor", session.id);
    await next();
  };
}

function unauthorized(code: string, message: string): ApiError {
  return new ApiError(401, code, message, undefined, { "WWW-Authenticate": "Bearer" });
}
