import { Hono } from "hono";
import "./http/context-variables.ts";
import type { FieldCipher } from "./crypto/field-cipher.ts";
import type { Database } from "./db/database.ts";
import { customerRoutes } from "./customers/customer-routes.ts";
import { createCustomerService } from "./customers/customer-service.ts";
import { uboRoutes } from "./customers/ubo-routes.ts";
import { createUboService } from "./customers/ubo-service.ts";
import { createCustomerStore } from "./customers/customer-store.ts";
import { ApiError } from "./http/api-error.ts";
import { bodyLimit } from "./http/body-limit.ts";
import { createErrorHandler, notFound, type TLogger } from "./http/error-handler.ts";
import { createIdempotency } from "./http/idempotency.ts";
import { createExpirySweeper } from "./housekeeping/expiry-sweeper.ts";
import { createHandoffStore } from "./handoff/handoff-store.ts";
import { createSessionStore } from "./sessions/session-store.ts";
import { rateLimit, type TRateLimitOptions } from "./http/rate-limit.ts";
import { requestId } from "./http/request-id.ts";
import { secretKeyAuth } from "./http/secret-key-auth.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { openApiRoutes } from "./openapi/openapi-routes.ts";
import { documentRoutes } from "./documents/document-routes.ts";
import { createLocalDocumentStorage, type TDocumentStorage } from "./documents/document-storage.ts";
import { encryptedDocumentStorage } from "./documents/encrypted-storage.ts";
import { reviewRoutes } from "./verification/review-routes.ts";
import type { TVerificationProvider } from "./verification/verification-provider.ts";
import { wireVerification } from "./verification/wire-verification.ts";
import { createWebhooks, type TWebhookOptions } from "./webhooks/webhooks.ts";
import { mountWidgetSurface } from "./widget-api/mount-widget.ts";

/** Background work (verification, webhook delivery) that main.ts starts and stops with the server. */
export type TWorker = { name: string; start(): void; stop(): Promise<void> };

export type TAppDeps = {
  db: Database;
  cipher: FieldCipher;
  /** Injected so tests can move time (age rules, key expiry) without sleeping. */
  clock: () => Date;
  secretKey: string;
  minimumAge: number;
  log: TLogger;
  /** Where document files go; default a local folder, `documentsDir`. */
  documentStorage?: TDocumentStorage;
  /** The local documents folder (main.ts: `$DATA_DIR/documents`); required unless `documentStorage` is given. */
  documentsDir?: string;
  /** A KYC vendor; default the sandbox provider (always used for `mock: true` customers). */
  verificationProvider?: TVerificationProvider;
  /** The sandbox's answer delay (main.ts reads ONBOARDING_SANDBOX_DELAY_MS); default 0. */
  sandboxDelayMs?: number;
  /** Webhook delivery settings (ONBOARDING_WEBHOOK_*); tests pass a short lease and allow loopback receivers. */
  webhooks?: TWebhookOptions;
  /** Public base URL of the server, for session URLs (default: each request's own origin). */
  publicUrl?: string;
  /** The built widget (widget/build.ts), default `dist/widget` in the working directory. */
  widgetDistDir?: string;
  /** Requests per credential (main.ts: ONBOARDING_RATE_LIMIT_*); unset: no limit (tests, in-process benches). */
  rateLimit?: TRateLimitOptions;
  /** Percent from which a beneficial owner must be listed (ONBOARDING_OWNERSHIP_THRESHOLD); default 25 (31 CFR 1010.230). */
  ownershipThreshold?: number;
};

/**
 * Largest JSON body accepted. Seed 004 lets a create carry documents as base64,
 * so customer writes allow 25 MB; larger files belong on the multipart endpoint.
 */
export const MAX_JSON_BODY_BYTES = 25 * 1024 * 1024;

/**
 * Builds the whole HTTP surface from its dependencies; nothing here opens files,
 * sockets or databases itself, so tests run it through `app.request()`.
 *
 * @example
 * const app = createApp({ db, cipher, clock: () => new Date(), secretKey, minimumAge: 18, documentsDir, log: console });
 * const res = await app.request("/v1/customer", { method: "POST", headers: { Authorization: `Bearer ${secretKey}` }, body: "{}" });
 */
export function createApp(deps: TAppDeps) {
  const { db, cipher, clock, log } = deps;
  const idempotency = createIdempotency(db);
  const workers: TWorker[] = [];

  // ── Wiring: each module adds its services, routes and workers below. ──
  // Webhooks: the outbox listens to every customer change, inside its transaction.
  const webhooks = createWebhooks({
    db, cipher, clock, log, idempotency, options: deps.webhooks,
    requirementsOf: async (tx, record) => (await customers.present(tx, record)).requirements,
  });
  workers.push(webhooks.dispatcher);
  // Documents, acceptances, verification: seams into the customer service, then services built on it.
  // Document bytes are encrypted at rest like PII fields (issue 8: no document bytes in plain text on disk).
  const documentStorage = encryptedDocumentStorage(deps.documentStorage ?? createLocalDocumentStorage(required(deps.documentsDir, "documentsDir or documentStorage")), cipher);
  const kyc = wireVerification({
    db, clock, log, storage: documentStorage, provider: deps.verificationProvider,
    sandboxDelayMs: deps.sandboxDelayMs ?? 0,
  });
  const customers = createCustomerService({ store: createCustomerStore(cipher), clock, minimumAge: deps.minimumAge, ownershipThreshold: deps.ownershipThreshold, onChange: webhooks.recordCustomerChange, ...kyc.customerSeams });
  const ubos = createUboService({ customers, storage: documentStorage });
  const { documents, acceptances, verification, worker: verificationWorker } = kyc.bind(customers);
  workers.push(verificationWorker);

  const app = new Hono();
  app.use(requestId());
  app.use(securityHeaders());
  app.onError(createErrorHandler(log));
  app.notFound(notFound);

  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: MAX_JSON_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, "payload_too_large", `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`);
      },
    }),
  );
  // Before authentication: a flood is refused before it costs a database round trip.
  if (deps.rateLimit) app.use("/v1/*", rateLimit(deps.rateLimit));
  // Hono's "/x/*" also matches "/x": this one registration guards the list and the create too.
  app.use("/v1/customer/*", secretKeyAuth(deps.secretKey));
  app.route("/v1/customer", customerRoutes({ db, service: customers, idempotency, documentStorage }));
  app.route("/v1/customer", uboRoutes({ db, customers, ubos, idempotency }));
  app.route("/v1/customer", documentRoutes({ db, service: documents, idempotency }));
  app.route("/v1/customer", reviewRoutes({ db, customers, verification, idempotency }));
  app.use("/v1/webhook/*", secretKeyAuth(deps.secretKey));
  app.route("/v1/webhook", webhooks.routes);
  app.route("/", openApiRoutes());
  mountWidgetSurface(app, {
    db, customers, idempotency, clock, secretKey: deps.secretKey, publicUrl: deps.publicUrl,
    widgetDistDir: deps.widgetDistDir ?? "dist/widget",
    lifecycle: { documents, acceptances, verification, ubos },
  });

  // Idempotency keys, widget sessions and handoff links go once they have outlived their use.
  const expirySweeper = createExpirySweeper({
    db, clock, log, sweepIdempotencyKeys: idempotency.sweep, sessions: createSessionStore(), handoffs: createHandoffStore(),
  });
  workers.push(expirySweeper);

  return Object.assign(app, { idempotency, expirySweeper, workers, documents, acceptances, verification, verificationWorker });
}

export type TApp = ReturnType<typeof createApp>;

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`createApp needs ${name}`);
  return value;
}
