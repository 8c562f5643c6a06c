import type { Hono } from "hono";
import type { Database } from "../db/database.ts";
import type { TSessionService } from "../sessions/session-service.ts";
import { withHandoffCredentials } from "./handoff-credentials.ts";
import { handoffPageRoutes, handoffWidgetRoutes } from "./handoff-routes.ts";
import { createHandoffService } from "./handoff-service.ts";
import { createHandoffStore } from "./handoff-store.ts";

/**
 * Continue on another device, wired in one call. Returns the session service that
 * also accepts handoff credentials: give it to the widget API's auth. Call it
 * after `clientSecretAuth` is installed and before the widget routes (whose
 * catch-all would answer 403 for `/v1/widget/handoff`).
 */
export function createHandoff(deps: { db: Database; sessions: TSessionService; clock: () => Date; publicUrl?: string }) {
  const handoffs = createHandoffService({ store: createHandoffStore(), clock: deps.clock });
  return {
    sessions: withHandoffCredentials(deps.sessions, handoffs),
    mountWidgetRoutes: (app: Hono) => app.route("/v1/widget", handoffWidgetRoutes({ db: deps.db, handoffs, publicUrl: deps.publicUrl })),
    mountPages: (app: Hono) => app.route("/", handoffPageRoutes({ db: deps.db, handoffs, publicUrl: deps.publicUrl })),
  };
}
