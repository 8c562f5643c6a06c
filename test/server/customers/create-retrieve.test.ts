import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, jsonType, SEED_CREATE_BODY, SEED_RESPONSE_FIELDS } from "../api-harness.ts";

describe.each(databaseKinds)("create and retrieve customers on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it("creates an empty customer for the widget to complete (seed 002)", async () => {
    const res = await api.call("POST", "/v1/customer", { body: {} });
    expect(res.status).toBe(200);
    const customer = res.body.data.customer;
    expect(customer.id).toMatch(/^customer_[0-9a-f]{32}$/);
    expect(customer).toMatchObject({ type: "individual", kyc: "incomplete", tos: "incomplete", status: "active", mock: false, meta: {} });
    expect(customer.requirements).toEqual(expect.arrayContaining(["firstName", "lastName", "address.line1", "customerIdentityDocument"]));
  });

  it("gives a new customer one moment: created equals updated, even on a clock that moves during the request", async () => {
    let tick = Date.parse("2026-01-15T10:00:00.000Z");
    const moving = createApiHarness(db, { clock: () => new Date(tick++) });
    const { created, updated, ubos } = (await moving.call("POST", "/v1/customer", { body: { type: "business", ubos: [{ firstName: "Ada" }] } })).body.data.customer;
    expect(updated).toBe(created);
    expect(ubos[0].created).toBe(created);
  });

  it("creates with no body at all", async () => {
    const res = await api.call("POST", "/v1/customer");
    expect(res.status).toBe(200);
    expect(res.body.data.customer.type).toBe("individual");
  });

  it("answers seed 004's create example in the seed's envelope, with every field name and type of its example", async () => {
    const res = await api.call("POST", "/v1/customer", { body: SEED_CREATE_BODY });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(["ok", "object", "statusCode", "error", "message", "data", "ts", "request"]);
    expect(res.body).toMatchObject({ ok: true, object: "object", statusCode: 200, error: null, message: "success" });
    expect(res.body.request).toMatch(/^request_[0-9a-f]{32}$/);
    expect(new Date(res.body.ts).toString()).not.toBe("Invalid Date");
    const customer = res.body.data.customer;
    for (const [field, type] of Object.entries(SEED_RESPONSE_FIELDS)) {
      expect({ field, type: jsonType(customer[field]) }).toEqual({ field, type });
    }
    expect(customer.address).toEqual({ line1: "123 Main St", line2: null, city: "San Francisco", postalCode: "94107", state: "CA", country: "USA" });
    expect(customer.requirements).toEqual(expect.arrayContaining(["customerIdentityDocument", "ssn"]));
    expect(customer.requirements).not.toContain("address.line1");
    expect(customer.dob).toEqual({ provided: true });
  });

  it("retrieves what it created, with an ETag, and 404s an unknown id in the envelope", async () => {
    const created = await api.call("POST", "/v1/customer", { body: SEED_CREATE_BODY });
    const id = created.body.data.customer.id;
    const res = await api.call("GET", `/v1/customer/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("ETag")).toBe('"1"');
    expect(res.body.data.customer).toEqual({ ...created.body.data.customer });
    const missing = await api.call("GET", "/v1/customer/customer_00000000000000000000000000000000");
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ ok: false, object: "error", statusCode: 404, error: { code: "customer_not_found" }, data: null });
  });

  it("creates a business with owners whose requirements are listed per owner", async () => {
    const res = await api.call("POST", "/v1/customer", {
      body: { type: "business", name: "Acme Inc", address: { country: "USA" }, ubos: [{ firstName: "Jane", lastName: "Smith", ownershipPercentage: 60 }] },
    });
    expect(res.status).toBe(200);
    const customer = res.body.data.customer;
    expect(customer.firstName).toBe("Acme Inc");
    expect(customer.ubos).toHaveLength(1);
    const uboId = customer.ubos[0].id;
    expect(uboId).toMatch(/^ubo_[0-9a-f]{32}$/);
    expect(customer.requirements).toEqual(expect.arrayContaining(["ein", `ubos.${uboId}.dob`]));
    expect(customer.ubos[0].requirements).toEqual(expect.arrayContaining(["dob"]));
  });
});
