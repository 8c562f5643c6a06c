import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY } from "../api-harness.ts";

describe.each(databaseKinds)("update customers on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  async function create(body: object = SEED_CREATE_BODY) {
    const res = await api.call("POST", "/v1/customer", { body });
    expect(res.status).toBe(200);
    return res.body.data.customer;
  }

  it("answers seed 004's update example: partial, meta set, SSN masked and no longer required", async () => {
    const before = await create();
    const res = await api.call("POST", `/v1/customer/${before.id}`, {
      body: { website: "https://www.example.com", meta: { key: "value" }, ssn: "123-45-6789" },
    });
    expect(res.status).toBe(200);
    const after = res.body.data.customer;
    expect(after).toMatchObject({ website: "https://www.example.com", meta: { key: "value" }, ssn: { provided: true, last4: "6789" } });
    expect(after.requirements).not.toContain("ssn");
    expect(after.requirements).toContain("customerIdentityDocument");
    // Everything not sent is left unchanged (seed 004).
    for (const field of ["firstName", "lastName", "email", "phoneNumber", "address", "dob", "created", "type"]) {
      expect(after[field]).toEqual(before[field]);
    }
    expect(res.text).not.toContain("123-45-6789");
    expect(res.text).not.toContain("123456789");
    expect(res.headers.get("ETag")).toBe('"2"');
  });

  it("merges meta key by key and removes a key set to null", async () => {
    const { id } = await create({ meta: { a: "1", b: "2" } });
    const res = await api.call("POST", `/v1/customer/${id}`, { body: { meta: { b: null, c: 3 } } });
    expect(res.body.data.customer.meta).toEqual({ a: "1", c: 3 });
  });

  it("merges the address field by field", async () => {
    const { id } = await create();
    const res = await api.call("POST", `/v1/customer/${id}`, { body: { address: { line2: "Apt 4" } } });
    expect(res.body.data.customer.address).toEqual({ line1: "123 Main St", line2: "Apt 4", city: "San Francisco", postalCode: "94107", state: "CA", country: "USA" });
  });

  it("refuses a stale If-Match with 412 and keeps the newer write", async () => {
    const { id } = await create();
    const first = await api.call("POST", `/v1/customer/${id}`, { body: { firstName: "Jane" }, headers: { "If-Match": '"1"' } });
    expect(first.status).toBe(200);
    const stale = await api.call("POST", `/v1/customer/${id}`, { body: { firstName: "Stale" }, headers: { "If-Match": '"1"' } });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("precondition_failed");
    const now = await api.call("GET", `/v1/customer/${id}`);
    expect(now.body.data.customer.firstName).toBe("Jane");
    expect(now.headers.get("ETag")).toBe('"2"');
  });

  it("lets concurrent updates each land when they send no If-Match (none is lost)", async () => {
    const { id } = await create();
    const writes = Array.from({ length: 10 }, (_, i) => api.call("POST", `/v1/customer/${id}`, { body: { meta: { [`k${i}`]: i } } }));
    const results = await Promise.all(writes);
    expect(results.map((r) => r.status)).toEqual(Array(10).fill(200));
    const now = await api.call("GET", `/v1/customer/${id}`);
    expect(Object.keys(now.body.data.customer.meta)).toHaveLength(10);
    expect(now.headers.get("ETag")).toBe('"11"');
  });

  it("refuses to update a customer that has already been KYCd, with seed 004's words", async () => {
    const { id } = await create();
    await db.query(`update customers set kyc = 'approved', record = jsonb_set(record::jsonb, '{kyc}', '"approved"')::json where id = $1`, [id]);
    const res = await api.call("POST", `/v1/customer/${id}`, { body: { firstName: "Changed" } });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe("customer_already_kycd");
    expect(res.body.message).toBe("You can not update a customer that has already been KYCd.");
    const now = await api.call("GET", `/v1/customer/${id}`);
    expect(now.body.data.customer.firstName).toBe("John");
  });

  it("updates, retrieves and 404s a beneficial owner as a sub-resource", async () => {
    const business = await create({ type: "business", name: "Acme Inc", ubos: [{ firstName: "Jane", lastName: "Smith", ownershipPercentage: 30 }] });
    const uboId = business.ubos[0].id;
    const got = await api.call("GET", `/v1/customer/${business.id}/ubo/${uboId}`);
    expect(got.status).toBe(200);
    expect(got.body.data.ubo).toMatchObject({ id: uboId, firstName: "Jane", ownershipPercentage: 30 });
    const updated = await api.call("POST", `/v1/customer/${business.id}/ubo/${uboId}`, { body: { email: "jane@acme.example", ssn: "123-45-6789" } });
    expect(updated.status).toBe(200);
    expect(updated.body.data.ubo).toMatchObject({ email: "jane@acme.example", firstName: "Jane", ssn: { provided: true, last4: "6789" } });
    expect(updated.body.data.ubo.requirements).not.toContain("email");
    const customer = await api.call("GET", `/v1/customer/${business.id}`);
    expect(customer.body.data.customer.requirements).not.toContain(`ubos.${uboId}.email`);
    const missing = await api.call("GET", `/v1/customer/${business.id}/ubo/ubo_00000000000000000000000000000000`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("ubo_not_found");
  });
});
