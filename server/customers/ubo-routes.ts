import { Hono, type Context } from "hono";
import { ZUboInput } from "../../core/customer/ubo.ts";
import type { Database, Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";
import { clientInfo } from "../http/client-info.ts";
import { successBody } from "../http/envelope.ts";
import type { createIdempotency } from "../http/idempotency.ts";
import { readJsonBody } from "../http/read-body.ts";
import type { TCustomerService } from "./customer-service.ts";
import type { TCustomerSnapshot } from "./customer-store.ts";
import { etagFor } from "./etag.ts";
import type { TUboService } from "./ubo-service.ts";

export type TUboRoutesDeps = {
  db: Database;
  customers: TCustomerService;
  ubos: TUboService;
  idempotency: ReturnType<typeof createIdempotency>;
};

/**
 * `/v1/customer/:id/ubo…` (secret key): a business's beneficial owners as a
 * sub-resource (seed 000's individuals of a corporate customer, issue 5).
 * Answers `{ ubo }` (PII masked, with the owner's own `requirements`) and the
 * customer's ETag; `If-Match` and `Idempotency-Key` work as on the customer.
 */
export function uboRoutes({ db, customers, ubos, idempotency }: TUboRoutesDeps) {
  const app = new Hono();

  const uboResponse = async (c: Context, tx: Queryable, snapshot: TCustomerSnapshot, uboId: string) => ({
    status: 200,
    body: successBody(c, { ubo: presentedUbo(await customers.present(tx, snapshot.record), uboId) }),
    headers: { ETag: etagFor(snapshot.version) },
  });

  app.post("/:id/ubo", async (c) => {
    const input = await readJsonBody(c, ZUboInput);
    if (input.id !== undefined) throw idInBody();
    return idempotency.run(c, c.get("actor"), async (tx) => {
      const { snapshot, uboId } = await ubos.create(tx, c.req.param("id"), input, c.req.header("If-Match"), { client: clientInfo(c) });
      return uboResponse(c, tx, snapshot, uboId);
    });
  });

  app.get("/:id/ubo/:uboId", async (c) => {
    const snapshot = await customers.show(db, c.req.param("id"));
    c.header("ETag", etagFor(snapshot.version));
    return c.json(successBody(c, { ubo: presentedUbo(await customers.present(db, snapshot.record), c.req.param("uboId")) }));
  });

  app.post("/:id/ubo/:uboId", async (c) => {
    const input = await readJsonBody(c, ZUboInput);
    const uboId = c.req.param("uboId");
    if (input.id !== undefined && input.id !== uboId) {
      throw new ApiError(422, "validation_failed", "The body's id must match the URL's UBO id, or be left out.", [
        { path: "id", code: "id_mismatch", message: "Must match the UBO id in the URL." },
      ]);
    }
    return idempotency.run(c, c.get("actor"), async (tx) => {
      const snapshot = await ubos.update(tx, c.req.param("id"), uboId, input, c.req.header("If-Match"), { client: clientInfo(c) });
      return uboResponse(c, tx, snapshot, uboId);
    });
  });

  app.delete("/:id/ubo/:uboId", async (c) => {
    const uboId = c.req.param("uboId");
    let removeFiles: (() => Promise<void>) | null = null;
    const response = await idempotency.run(c, c.get("actor"), async (tx) => {
      const removed = await ubos.remove(tx, c.req.param("id"), uboId, c.req.header("If-Match"), { client: clientInfo(c) });
      removeFiles = removed.removeFiles;
      return {
        status: 200,
        body: successBody(c, { ubo: { id: uboId, deleted: true }, customer: await customers.present(tx, removed.snapshot.record) }),
        headers: { ETag: etagFor(removed.snapshot.version) },
      };
    });
    await (removeFiles as (() => Promise<void>) | null)?.();
    return response;
  });

  return app;
}

/** One owner of a presented customer, or 404. */
export function presentedUbo<T extends { ubos: Array<{ id: string }> }>(customer: T, uboId: string): T["ubos"][number] {
  const ubo = customer.ubos.find((u) => u.id === uboId);
  if (!ubo) throw new ApiError(404, "ubo_not_found", `No beneficial owner with id ${uboId} on this customer.`);
  return ubo;
}

function idInBody(): ApiError {
  return new ApiError(422, "validation_failed", "A new owner's id is chosen by the server: leave `id` out.", [
    { path: "id", code: "unknown_field", message: "Leave id out: the server assigns it." },
  ]);
}
