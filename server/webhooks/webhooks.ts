import type { TFieldCipher } from "../crypto/field-cipher.ts";
import type { Database } from "../db/database.ts";
import type { TLogger } from "../http/error-handler.ts";
import type { createIdempotency } from "../http/idempotency.ts";
import { createWebhookDispatcher, type TDispatcherOptions } from "./dispatcher.ts";
import { createEndpointDirectory } from "./endpoint-directory.ts";
import { createWebhookOutbox, type TRequirementsOf } from "./outbox.ts";
import { resolveWithDns } from "./ssrf-guard.ts";
import { webhookRoutes } from "./webhook-routes.ts";

/** Settings of the webhook module (server/config: ONBOARDING_WEBHOOK_*), plus test seams (fetch, resolve, random). */
export type TWebhookOptions = TDispatcherOptions;

export type TWebhooksDeps = {
  db: Database;
  cipher: TFieldCipher;
  clock: () => Date;
  log: TLogger;
  idempotency: ReturnType<typeof createIdempotency>;
  requirementsOf: TRequirementsOf;
  options?: TWebhookOptions;
};

/**
 * The webhook module's three parts, built from one set of dependencies:
 * `recordCustomerChange` (hang it on the customer service's `onChange`),
 * `routes` (mount at /v1/webhook behind the secret key) and `dispatcher`
 * (a worker main.ts starts).
 *
 * @example
 * const webhooks = createWebhooks({ db, cipher, clock, log, idempotency, requirementsOf, options: config.webhooks });
 * app.route("/v1/webhook", webhooks.routes); workers.push(webhooks.dispatcher);
 */
export function createWebhooks({ db, cipher, clock, log, idempotency, requirementsOf, options = {} }: TWebhooksDeps) {
  // PGlite has one process writing, so the endpoint memory is exact; PostgreSQL may be
  // shared by several server processes, which then see each other's endpoint changes within 1 s.
  const endpoints = createEndpointDirectory({ maxAgeMs: db.kind === "pglite" ? Infinity : 1000 });
  const outbox = createWebhookOutbox({ clock, requirementsOf, endpoints });
  const dispatcher = createWebhookDispatcher({ db, cipher, clock, log, ...options, onEndpointDisabled: endpoints.forget });
  const routes = webhookRoutes({
    db, cipher, clock, idempotency, onEndpointsChanged: endpoints.forget,
    allowPrivateTargets: options.allowPrivateTargets ?? false,
    resolve: options.resolve ?? resolveWithDns,
  });
  return { recordCustomerChange: outbox.recordCustomerChange, routes, dispatcher };
}
