import { Hono } from "hono";
import type { createIdempotency } from "../http/idempotency.ts";
import { readJsonBody } from "../http/read-body.ts";
import { successBody } from "../http/envelope.ts";
import { ZSessionCreateInput } from "./session-input.ts";
import type { TSessionService } from "./session-service.ts";

export type TSessionRoutesDeps = {
  sessions: TSessionService;
  idempotency: ReturnType<typeof createIdempotency>;
  /** Where the server is reached from browsers; defaults to the request's own origin. */
  publicUrl?: string;
};

/**
 * `POST /v1/onboarding/session` (secret key). Answers
 * `{ session: { id, customer, expiresAt, allowedOrigins, locale, url }, clientSecret }`.
 *
 * The stored idempotent response holds no secret: the secret is added to the
 * response afterwards (derived again from the session id on a replay), so the
 * idempotency table never stores it.
 */
export function sessionRoutes({ sessions, idempotency, publicUrl }: TSessionRoutesDeps) {
  const app = new Hono();

  app.post("/session", async (c) => {
    const input = await readJsonBody(c, ZSessionCreateInput);
    const base = (publicUrl ?? new URL(c.req.url).origin).replace(/\/$/, "");
    const stored = await idempotency.run(c, c.get("actor"), async (tx) => {
      const session = await sessions.create(tx, input);
      return { status: 200, body: successBody(c, { session: { ...session, url: `${base}/embed/${session.id}` } }) };
    });
    const body = (await stored.json()) as { data: { session: { id: string; url: string } } };
    const clientSecret = sessions.secretFor(body.data.session.id);
    // The fragment never leaves the browser (RFC 3986 §3.5): no access log sees the secret.
    body.data.session.url += `#clientSecret=${clientSecret}`;
    const data = { ...body.data, clientSecret };
    const headers = Object.fromEntries([...stored.headers].filter(([name]) => !name.startsWith("content-")));
    return c.json({ ...body, data }, stored.status as 200, headers);
  });

  return app;
}
