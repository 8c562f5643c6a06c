import type { Hono } from "hono";
import type { TCustomerService } from "../customers/customer-service.ts";
import type { Database } from "../db/database.ts";
import { createWidgetAssets } from "../embed/widget-assets.ts";
import { embedRoutes } from "../embed/embed-routes.ts";
import type { createIdempotency } from "../http/idempotency.ts";
import { secretKeyAuth } from "../http/secret-key-auth.ts";
import { createHandoff } from "../handoff/mount-handoff.ts";
import { createClientSecretMinter } from "../sessions/client-secret.ts";
import { sessionRoutes } from "../sessions/session-routes.ts";
import { createSessionService } from "../sessions/session-service.ts";
import { createSessionStore } from "../sessions/session-store.ts";
import { clientSecretAuth } from "./client-secret-auth.ts";
import { widgetRoutes } from "./widget-routes.ts";
import type { TWidgetLifecycle } from "./widget-services.ts";

export type TWidgetSurfaceDeps = {
  db: Database;
  customers: TCustomerService;
  idempotency: ReturnType<typeof createIdempotency>;
  clock: () => Date;
  secretKey: string;
  /** Public base URL of this server (session URLs, origin check); default: each request's own origin. */
  publicUrl?: string;
  /** The built widget (widget/build.ts output), default `dist/widget`. */
  widgetDistDir: string;
  lifecycle: TWidgetLifecycle;
  eventsPollMs?: number;
};

/**
 * Everything the embeddable widget needs, on one app: sessions for the host's
 * back end (secret key), the widget API (client secret only), and the files and
 * hosted page browsers load. Kept out of app.ts so the wiring there stays one call.
 * @example mountWidgetSurface(app, { db, customers, idempotency, clock, secretKey, widgetDistDir: "dist/widget", lifecycle: {} });
 */
export function mountWidgetSurface(app: Hono, deps: TWidgetSurfaceDeps) {
  const { db, customers, idempotency, clock } = deps;
  const sessions = createSessionService({ store: createSessionStore(), customers, minter: createClientSecretMinter(deps.secretKey), clock });
  const publicOrigin = deps.publicUrl ? new URL(deps.publicUrl).origin : undefined;

  app.use("/v1/onboarding/*", secretKeyAuth(deps.secretKey));
  app.route("/v1/onboarding", sessionRoutes({ sessions, idempotency, publicUrl: deps.publicUrl }));

  // Continue on another device: a phone's handoff credential opens the same session.
  const handoff = createHandoff({ db, sessions, clock, publicUrl: deps.publicUrl });
  // Hono's "/x/*" also matches "/x": one registration guards "/v1/widget" too, one session lookup a request.
  app.use("/v1/widget/*", clientSecretAuth({ db, sessions: handoff.sessions, publicOrigin }));
  handoff.mountWidgetRoutes(app);
  app.route("/v1/widget", widgetRoutes({ db, customers, idempotency, clock, eventsPollMs: deps.eventsPollMs, ...deps.lifecycle }));

  handoff.mountPages(app);
  app.route("/", embedRoutes({ db, sessions, assets: createWidgetAssets(deps.widgetDistDir) }));
  return { sessions };
}
