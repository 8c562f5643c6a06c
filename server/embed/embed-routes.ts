import { Hono, type Context } from "hono";
import { embedSecurityHeaders, renderEmbedHtml } from "../../widget/embed-html.ts";
import type { Database } from "../db/database.ts";
import type { TSessionService } from "../sessions/session-service.ts";
import { errorPage } from "./error-page.ts";
import type { TWidgetAssets } from "./widget-assets.ts";

export type TEmbedRoutesDeps = { db: Database; sessions: TSessionService; assets: TWidgetAssets };

const ASSET_BASE = "/widget/app";
// Hashed file names never change content, so browsers may keep them for a year (RFC 8246).
const IMMUTABLE = "public, max-age=31536000, immutable";
// Stable names (loader, app entry): short cache, so a deploy reaches every host page quickly.
const SHORT = "public, max-age=300";

/**
 * What browsers load: the loader script (`/v1/onboarding.js`, `.mjs`), the iframe
 * app's files (`/widget/app/*`) and the hosted page of a session (`/embed/:sessionId`).
 */
export function embedRoutes({ db, sessions, assets }: TEmbedRoutesDeps) {
  const app = new Hono();

  const serve = async (c: Context, path: string, headers: Record<string, string>) => {
    const asset = await assets.get(path);
    if (!asset) return c.text("Not found. Build the widget first: npm run build:widget", 404);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, { "Content-Type": asset.contentType, ...headers });
  };

  // A classic <script src> works cross-origin without CORS; the ESM import needs it,
  // and the loader holds nothing secret, so any origin may load it.
  app.get("/v1/onboarding.js", (c) => serve(c, "onboarding.js", { "Cache-Control": SHORT }));
  app.get("/v1/onboarding.mjs", (c) => serve(c, "onboarding.mjs", { "Cache-Control": SHORT, "Access-Control-Allow-Origin": "*" }));

  app.get(`${ASSET_BASE}/*`, (c) => {
    const path = c.req.path.slice(ASSET_BASE.length + 1);
    return serve(c, `app/${path}`, { "Cache-Control": /^(chunks|assets)\//.test(path) ? IMMUTABLE : SHORT });
  });

  // The secret is in the URL fragment, which never reaches us: this page is public
  // per session id, and only the session's allowed origins may frame it.
  app.get("/embed/:sessionId", async (c) => {
    const session = await sessions.findLive(db, c.req.param("sessionId"));
    if (!session) {
      return c.html(errorPage("This verification link has expired or does not exist. Go back and start again."), 404, {
        "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
        "Cache-Control": "no-store",
      });
    }
    return c.html(renderEmbedHtml({ assetBase: ASSET_BASE, lang: session.locale ?? "en" }), 200, embedSecurityHeaders(session.allowedOrigins));
  });

  return app;
}
