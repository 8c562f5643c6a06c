import { Hono, type Context } from "hono";
import { ZRotateSecretInput, ZWebhookEndpointCreateInput, ZWebhookEndpointUpdateInput } from "../../core/webhooks/endpoint-input.ts";
import type { TFieldCipher } from "../crypto/field-cipher.ts";
import { newId } from "../customers/customer-service.ts";
import type { Database, Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { successBody } from "../http/envelope.ts";
import type { createIdempotency, TStoredResponse } from "../http/idempotency.ts";
import { readJsonBody } from "../http/read-body.ts";
import { listDeliveries } from "./delivery-log.ts";
import { requeueDelivery } from "./delivery-store.ts";
import { endpointStore, presentEndpoint, type TEndpointRow } from "./endpoint-store.ts";
import { generateWebhookSecret } from "./signature.ts";
import { checkWebhookUrl, WebhookUrlError, type TResolveHost } from "./ssrf-guard.ts";

export type TWebhookRoutesDeps = {
  db: Database;
  cipher: TFieldCipher;
  clock: () => Date;
  idempotency: ReturnType<typeof createIdempotency>;
  allowPrivateTargets: boolean;
  resolve: TResolveHost;
  /** Told, inside the transaction and after it, that endpoints changed (the outbox's endpoint directory). */
  onEndpointsChanged: () => void;
};

/** Default grace period of the old secret after a rotation. */
const ROTATION_GRACE_SECONDS = 24 * 60 * 60;

/**
 * `/v1/webhook…` (secret key): endpoints, secret rotation, the delivery log and
 * manual retry. The secret is returned once, by create and rotate-secret, and
 * stored encrypted; it is never shown again.
 */
export function webhookRoutes({ db, cipher, clock, idempotency, allowPrivateTargets, resolve, onEndpointsChanged }: TWebhookRoutesDeps) {
  const app = new Hono();
  const now = () => clock().toISOString();
  const seal = (id: string, field: "secret" | "previousSecret", secret: string) => cipher.encrypt(secret, { record: id, field });
  const view = (row: TEndpointRow) => presentEndpoint(row, clock());

  async function checkedUrl(url: string): Promise<string> {
    try {
      return (await checkWebhookUrl(url, { allowPrivate: allowPrivateTargets, resolve })).href;
    } catch (error) {
      if (!(error instanceof WebhookUrlError)) throw error;
      throw new ApiError(422, "validation_failed", `Some fields are invalid: url.`, [{ path: "url", code: error.code, message: error.message }]);
    }
  }

  async function load(tx: Queryable, id: string, forUpdate = false): Promise<TEndpointRow> {
    const row = await endpointStore.get(tx, id, forUpdate);
    if (!row) throw new ApiError(404, "webhook_not_found", `No webhook endpoint with id ${id}.`);
    return row;
  }

  const ok = (c: Context, data: unknown, status = 200) => ({ status, body: successBody(c, data, status) });

  /** An idempotent change of endpoints, announced within its transaction and again once it has ended. */
  async function changeEndpoints(c: Context, work: (tx: Queryable) => Promise<TStoredResponse>): Promise<Response> {
    try {
      return await idempotency.run(c, c.get("actor"), async (tx) => {
        onEndpointsChanged();
        return work(tx);
      });
    } finally {
      onEndpointsChanged();
    }
  }

  /**
   * Adds the endpoint's signing secret to a create or rotate answer. The stored
   * idempotent response holds no secret (the idempotency table is not encrypted,
   * like server/sessions): it is read from the endpoint, where it is encrypted, so a
   * replay shows the endpoint's current secret.
   */
  async function withSecret(c: Context, stored: Response): Promise<Response> {
    const body = (await stored.json()) as { data: { webhook: { id: string } } };
    const row = await endpointStore.get(db, body.data.webhook.id);
    const secret = row ? cipher.decrypt(row.secret, { record: row.id, field: "secret" }) : undefined;
    const headers = Object.fromEntries([...stored.headers].filter(([name]) => !name.startsWith("content-")));
    return c.json({ ...body, data: { ...body.data, webhook: { ...body.data.webhook, secret } } }, stored.status as 200, headers);
  }

  app.post("/", async (c) => {
    const input = await readJsonBody(c, ZWebhookEndpointCreateInput);
    const url = await checkedUrl(input.url);
    const stored = await changeEndpoints(c, async (tx) => {
      const id = newId("webhook");
      const row = await endpointStore.insert(tx, { id, url, events: dedupe(input.events), description: input.description ?? null, secret: seal(id, "secret", generateWebhookSecret()) }, now());
      return ok(c, { webhook: view(row) });
    });
    return withSecret(c, stored);
  });

  app.get("/", async (c) => c.json(successBody(c, { webhooks: (await endpointStore.list(db)).map(view) }, 200, "array")));

  app.get("/:id", async (c) => c.json(successBody(c, { webhook: view(await load(db, c.req.param("id"))) })));

  app.post("/:id", async (c) => {
    const input = await readJsonBody(c, ZWebhookEndpointUpdateInput);
    const url = input.url === undefined ? undefined : await checkedUrl(input.url);
    return changeEndpoints(c, async (tx) => {
      const current = await load(tx, c.req.param("id"), true);
      const status = input.status ?? current.status;
      const row = await endpointStore.update(tx, current.id, {
        url,
        events: input.events && dedupe(input.events),
        description: input.description,
        status,
        disabled_reason: status === "enabled" ? null : input.status === "disabled" ? "manual" : current.disabled_reason,
      }, now());
      return ok(c, { webhook: view(row!) });
    });
  });

  app.delete("/:id", (c) =>
    changeEndpoints(c, async (tx) => {
      const id = c.req.param("id");
      if (!(await endpointStore.remove(tx, id))) throw new ApiError(404, "webhook_not_found", `No webhook endpoint with id ${id}.`);
      return ok(c, { webhook: { id, deleted: true } });
    }),
  );

  // Standard Webhooks: during a rotation both secrets sign every delivery, so a
  // receiver can deploy the new secret at its own pace within the window.
  app.post("/:id/rotate-secret", async (c) => {
    const input = await readJsonBody(c, ZRotateSecretInput);
    const stored = await idempotency.run(c, c.get("actor"), async (tx) => {
      const current = await load(tx, c.req.param("id"), true);
      const secret = generateWebhookSecret();
      const grace = input.oldSecretExpiresInSeconds ?? ROTATION_GRACE_SECONDS;
      const oldSecret = cipher.decrypt(current.secret, { record: current.id, field: "secret" });
      const row = await endpointStore.update(tx, current.id, {
        secret: seal(current.id, "secret", secret),
        previous_secret: grace > 0 ? seal(current.id, "previousSecret", oldSecret) : null,
        previous_secret_expires_at: grace > 0 ? new Date(clock().getTime() + grace * 1000).toISOString() : null,
      }, now());
      return ok(c, { webhook: view(row!) });
    });
    return withSecret(c, stored);
  });

  app.get("/:id/deliveries", async (c) => {
    const endpoint = await load(db, c.req.param("id"));
    return c.json(successBody(c, await listDeliveries(db, endpoint.id, c.req.query()), 200, "array"));
  });

  app.post("/:id/deliveries/:deliveryId/retry", (c) =>
    idempotency.run(c, c.get("actor"), async (tx) => {
      const endpoint = await load(tx, c.req.param("id"));
      if (endpoint.status !== "enabled") {
        throw new ApiError(409, "webhook_disabled", "This endpoint is disabled. Enable it (POST /v1/webhook/:id with status \"enabled\") before retrying.");
      }
      const deliveryId = c.req.param("deliveryId");
      const result = await requeueDelivery(tx, endpoint.id, deliveryId, clock());
      if (result === "not_found") throw new ApiError(404, "delivery_not_found", `No delivery with id ${deliveryId} for this endpoint.`);
      if (result === "in_flight") throw new ApiError(409, "delivery_in_progress", "This delivery is being attempted right now. Check its log in a few seconds.");
      return ok(c, { delivery: { id: deliveryId, status: "pending", nextAttemptAt: now() } }, 202);
    }),
  );

  return app;
}

function dedupe<T>(items: T[]): T[] {
  return [...new Set(items)];
}
