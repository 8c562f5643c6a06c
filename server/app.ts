import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import "./http/context-variables.ts";
import type { FieldCipher } from "./crypto/field-cipher.ts";
import type { Database } from "./db/database.ts";
import { customerRoutes } from "./customers/customer-routes.ts";
import { createCustomerService } from "./customers/customer-service.ts";
import { createCustomerStore } from "./customers/customer-store.ts";
import { ApiError } from "./http/api-error.ts";
import { createErrorHandler, notFound, type TLogger } from "./http/error-handler.ts";
import { createIdempotency } from "./http/idempotency.ts";
import { requestId } from "./http/request-id.ts";
import { secretKeyAuth } from "./http/secret-key-auth.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { openApiRoutes } from "./openapi/openapi-routes.ts";

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
 * const app = createApp({ db, cipher, clock: () => new Date(), secretKey, minimumAge: 18, log: console });
 * const res = await app.request("/v1/customer", { method: "POST", headers: { Authorization: `Bearer ${secretKey}` }, body: "{}" });
 */
export function createApp(deps: TAppDeps) {
  const { db, cipher, clock, log } = deps;
  const idempotency = createIdempotency(db);
  const workers: TWorker[] = [];

  // ── Wiring: each module adds its services, routes and workers below. ──
  const customers = createCustomerService({ store: createCustomerStore(cipher), clock, minimumAge: deps.minimumAge });

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
  app.use("/v1/customer/*", secretKeyAuth(deps.secretKey));
  app.use("/v1/customer", secretKeyAuth(deps.secretKey));
  app.route("/v1/customer", customerRoutes({ db, service: customers, idempotency }));
  app.route("/", openApiRoutes());

  return Object.assign(app, { idempotency, workers });
}

export type TApp = ReturnType<typeof createApp>;
