import { Hono } from "hono";
import * as z from "zod/mini";
import type { Database } from "../db/database.ts";
import { successBody } from "../http/envelope.ts";
import { readJsonBody } from "../http/read-body.ts";
import { continuePage, HANDOFF_PAGE_HEADERS, refusedPage } from "./handoff-pages.ts";
import type { THandoffService } from "./handoff-service.ts";
import { handoffText } from "./handoff-text.ts";

export type THandoffRoutesDeps = { db: Database; handoffs: THandoffService; publicUrl?: string };

/** The desktop's language travels with the link, so the phone opens in it (the widget reads `?locale`). */
const ZHandoffInput = z.strictObject({ locale: z.optional(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/), z.maxLength(35))) });
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const base = (publicUrl: string | undefined, requestUrl: string) => (publicUrl ?? new URL(requestUrl).origin).replace(/\/$/, "");
const localeQuery = (locale: string | undefined) => (locale ? `?locale=${encodeURIComponent(locale)}` : "");

/**
 * `POST /v1/widget/handoff` (behind client-secret auth, mounted before the widget
 * routes' catch-all) answers `{ url, expiresAt }`.
 * @example app.route("/v1/widget", handoffWidgetRoutes({ db, handoffs }))
 */
export function handoffWidgetRoutes({ db, handoffs, publicUrl }: THandoffRoutesDeps) {
  const app = new Hono();
  app.post("/handoff", async (c) => {
    const { locale } = await readJsonBody(c, ZHandoffInput);
    const { token, expiresAt } = await db.transaction((tx) => handoffs.create(tx, c.get("widgetSession")));
    // The token rides in the path: the phone's GET must reach us to show the page.
    // It is single-use, short-lived and stored only hashed, so a log line holding it is harmless within minutes.
    const url = `${base(publicUrl, c.req.url)}/handoff/${token}${localeQuery(locale)}`;
    c.header("Cache-Control", "no-store");
    return c.json(successBody(c, { url, expiresAt }));
  });
  return app;
}

/**
 * The public pages the phone opens: `GET /handoff/:token` shows a Continue
 * button (or the refusal); `POST /handoff/:token` uses the token and redirects
 * (303) to the session's embed page, opened top-level with the new credential
 * in the fragment (never sent to any server, RFC 3986 §3.5).
 */
export function handoffPageRoutes({ db, handoffs, publicUrl }: THandoffRoutesDeps) {
  const app = new Hono();
  const language = (c: { req: { query(name: string): string | undefined; header(name: string): string | undefined } }) =>
    handoffText([c.req.query("locale"), c.req.header("Accept-Language")]);

  app.get("/handoff/:token", async (c) => {
    const { lang, text } = language(c);
    const token = c.req.param("token");
    const refusal = TOKEN.test(token) ? await handoffs.check(db, token) : "unknown";
    if (refusal) return c.html(refusedPage(lang, text), 410, HANDOFF_PAGE_HEADERS);
    return c.html(continuePage(lang, text, `/handoff/${token}${localeQuery(c.req.query("locale"))}`), 200, HANDOFF_PAGE_HEADERS);
  });

  app.post("/handoff/:token", async (c) => {
    const { lang, text } = language(c);
    const token = c.req.param("token");
    const result = TOKEN.test(token) ? await db.transaction((tx) => handoffs.exchange(tx, token)) : { refused: "unknown" as const };
    if ("refused" in result) return c.html(refusedPage(lang, text), 410, HANDOFF_PAGE_HEADERS);
    const locale = c.req.query("locale");
    const target = `${base(publicUrl, c.req.url)}/embed/${result.sessionId}${localeQuery(locale)}#clientSecret=${result.credential}&handoff=1`;
    return c.redirect(target, 303);
  });
  return app;
}
