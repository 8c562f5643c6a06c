import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { readdirSync } from "node:fs";
import { createApiHarness, SEED_CREATE_BODY } from "../api-harness.ts";
import { b64, png } from "../documents/fixtures.ts";

describe.each(databaseKinds)("deactivate, delete and unmask on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  async function create() {
    const res = await api.call("POST", "/v1/customer", { body: { ...SEED_CREATE_BODY, ssn: "123-45-6789", lookupKey: "user-42" } });
    return res.body.data.customer;
  }

  it("deactivates (no updates until activated) and activates again (seed 001)", async () => {
    const { id } = await create();
    const off = await api.call("PATCH", `/v1/customer/${id}/deactivate`);
    expect(off.status).toBe(200);
    expect(off.body.data.customer.status).toBe("deactivated");
    const refused = await api.call("POST", `/v1/customer/${id}`, { body: { firstName: "X" } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("customer_deactivated");
    const listed = await api.call("GET", "/v1/customer?status=deactivated");
    expect(listed.body.data.customers.map((c: { id: string }) => c.id)).toEqual([id]);
    const on = await api.call("PATCH", `/v1/customer/${id}/activate`);
    expect(on.body.data.customer.status).toBe("active");
    const ok = await api.call("POST", `/v1/customer/${id}`, { body: { firstName: "X" } });
    expect(ok.status).toBe(200);
  });

  it("deletes by erasing the personal data and keeping a tombstone; afterwards 404 everywhere", async () => {
    const { id } = await create();
    const res = await api.call("DELETE", `/v1/customer/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.customer).toEqual({ id, deleted: true });
    for (const [method, path] of [["GET", `/v1/customer/${id}`], ["POST", `/v1/customer/${id}`], ["DELETE", `/v1/customer/${id}`], ["GET", `/v1/customer/${id}/unmask`]] as const) {
      const after = await api.call(method, path, { body: method === "POST" ? {} : undefined });
      expect(after.status).toBe(404);
    }
    const list = await api.call("GET", "/v1/customer?lookupKey=user-42");
    expect(list.body.data.customers).toEqual([]);
    const row = await db.query<{ record: object; secrets: object; email: string | null; deleted_at: string | null }>(
      "select record, secrets, email, deleted_at from customers where id = $1", [id]);
    expect(row.rows[0]!.deleted_at).not.toBeNull();
    expect(row.rows[0]!.secrets).toEqual({});
    expect(row.rows[0]!.email).toBeNull();
    expect(JSON.stringify(row.rows[0]!.record)).not.toMatch(/John|Doe|johndoe|Main St|4155550123/);
  });

  it("erases the customer's documents too: rows now, files after the transaction", async () => {
    const created = await api.call("POST", "/v1/customer", { body: { ...SEED_CREATE_BODY, identityDocumentFront: b64(png(40, 30)) } });
    expect(created.status).toBe(200);
    const id = created.body.data.customer.id;
    expect(created.body.data.customer.requirements).not.toContain("customerIdentityDocument");
    expect(readdirSync(api.documentsDir)).toHaveLength(1);
    const res = await api.call("DELETE", `/v1/customer/${id}`);
    expect(res.status).toBe(200);
    const rows = await db.query("select id from documents where customer_id = $1", [id]);
    expect(rows.rows).toEqual([]);
    expect(readdirSync(api.documentsDir)).toEqual([]);
  });

  it("unmasks the PII only on request, and writes who, when and which fields to the audit log (seed 003)", async () => {
    const { id } = await create();
    const masked = await api.call("GET", `/v1/customer/${id}`);
    expect(masked.body.data.customer.ssn).toEqual({ provided: true, last4: "6789" });
    const res = await api.call("GET", `/v1/customer/${id}/unmask`, { headers: { "User-Agent": "ops-console/1.0" } });
    expect(res.status).toBe(200);
    expect(res.body.data.customer).toMatchObject({ ssn: "123-45-6789", dob: { day: 23, month: 3, year: 1990 } });
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const audit = await db.query<{ actor: string; action: string; fields: string[]; user_agent: string }>(
      "select actor, action, fields, user_agent from audit_log where customer_id = $1", [id]);
    expect(audit.rows).toEqual([{ actor: "secret_key", action: "customer.unmask", fields: ["ssn", "dob"], user_agent: "ops-console/1.0" }]);
  });
});
