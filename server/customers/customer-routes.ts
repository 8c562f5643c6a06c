import { Hono, type Context } from "hono";
import { ZCustomerCreateInput, ZCustomerUpdateInput } from "../../core/customer/customer-input.ts";
import type { Database, Queryable } from "../db/database.ts";
import { clientInfo } from "../http/client-info.ts";
import { successBody } from "../http/envelope.ts";
import type { createIdempotency, TStoredResponse } from "../http/idempotency.ts";
import { readJsonBody } from "../http/read-body.ts";
import type { TCustomerService } from "./customer-service.ts";
import type { TDocumentStorage } from "../documents/document-storage.ts";
import type { TCustomerSnapshot } from "./customer-store.ts";
import { etagFor } from "./etag.ts";
import { parseListQuery } from "./list-query.ts";

export type TCustomerRoutesDeps = {
  db: Database;
  service: TCustomerService;
  idempotency: ReturnType<typeof createIdempotency>;
  /** Where document files live, to remove an erased customer's files. */
  documentStorage: Pick<TDocumentStorage, "delete">;
};

/**
 * `/v1/customer…`: the host back end's customer API (seed 004, with seeds 000–003's
 * list, deactivate/activate, delete and unmask; owners are in ubo-routes.ts). Routes parse and
 * authorise; the service holds the rules; every change runs in one transaction.
 */
export function customerRoutes({ db, service, idempotency, documentStorage }: TCustomerRoutesDeps) {
  const app = new Hono();

  const customerResponse = async (c: Context, tx: Queryable, snapshot: TCustomerSnapshot, status = 200): Promise<TStoredResponse> => ({
    status,
    body: successBody(c, { customer: await service.present(tx, snapshot.record, snapshot.documents, snapshot.requirements) }, status),
    headers: { ETag: etagFor(snapshot.version) },
  });

  const change = (c: Context, work: (tx: Queryable) => Promise<TCustomerSnapshot>, status = 200) =>
    idempotency.run(c, c.get("actor"), async (tx) => customerResponse(c, tx, await work(tx), status));

  app.post("/", async (c) => {
    const input = await readJsonBody(c, ZCustomerCreateInput);
    return change(c, (tx) => service.create(tx, input, { client: clientInfo(c) }));
  });

  app.get("/", async (c) => {
    const query = parseListQuery(c.req.query());
    const { cursor, limit, ...filters } = query;
    const page = await service.list(db, filters, limit, cursor);
    const customers = [];
    for (const item of page.items) customers.push(await service.present(db, item.record, item.documents));
    return c.json(successBody(c, { customers, hasMore: page.hasMore, nextCursor: page.nextCursor }, 200, "array"));
  });

  app.get("/:id", async (c) => {
    const snapshot = await service.show(db, c.req.param("id"));
    c.header("ETag", etagFor(snapshot.version));
    return c.json(successBody(c, { customer: await service.present(db, snapshot.record, snapshot.documents) }));
  });

  app.post("/:id", async (c) => {
    const input = await readJsonBody(c, ZCustomerUpdateInput);
    return change(c, (tx) => service.update(tx, c.req.param("id"), input, c.req.header("If-Match"), { client: clientInfo(c) }));
  });

  app.delete("/:id", async (c) => {
    let documentFiles: string[] = [];
    const response = await idempotency.run(c, c.get("actor"), async (tx) => {
      const id = c.req.param("id");
      ({ documentFiles } = await service.erase(tx, id, c.req.header("If-Match")));
      return { status: 200, body: successBody(c, { customer: { id, deleted: true } }) };
    });
    // After COMMIT, best effort: a file left behind is unreachable (no row points to it).
    await Promise.all(documentFiles.map((name) => documentStorage.delete(name).catch(() => undefined)));
    return response;
  });

  app.patch("/:id/deactivate", (c) => change(c, (tx) => service.setStatus(tx, c.req.param("id"), "deactivated", c.req.header("If-Match"))));
  app.patch("/:id/activate", (c) => change(c, (tx) => service.setStatus(tx, c.req.param("id"), "active", c.req.header("If-Match"))));

  // Seed 003: full PII on explicit request only, and every such read is audited
  // (GLBA 16 CFR 314.4(c)(8): log access to customer information).
  app.get("/:id/unmask", async (c) => {
    const { ip, userAgent } = clientInfo(c);
    const customer = await db.transaction(async (tx) => {
      const snapshot = await service.retrieve(tx, c.req.param("id"));
      const view = await service.presentUnmasked(tx, snapshot.record);
      const fields = unmaskedFields(snapshot);
      await tx.query(
        `insert into audit_log (actor, action, customer_id, fields, ip, user_agent) values ($1, 'customer.unmask', $2, $3, $4, $5)`,
        [c.get("actor"), snapshot.record.id, fields, ip, userAgent],
      );
      return view;
    });
    c.header("Cache-Control", "no-store");
    return c.json(successBody(c, { customer }));
  });

  return app;
}

/** Which PII fields an unmask call revealed, for the audit record. */
function unmaskedFields({ record }: TCustomerSnapshot): string[] {
  const fields: string[] = (["ssn", "ein", "dob"] as const).filter((f) => record[f] !== null);
  for (const ubo of record.ubos) {
    for (const f of ["ssn", "dob", "idNumber"] as const) if (ubo[f] !== null && ubo[f] !== undefined) fields.push(`ubos.${ubo.id}.${f}`);
  }
  return fields;
}
