import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { ADDRESS, HOST_ORIGIN, IDENTITY, mintSession, widgetCall } from "./widget-harness.ts";

describe.each(databaseKinds)("widget API: read and save on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it("reads its session and its customer, with requirements and without the host's fields", async () => {
    const { session, clientSecret } = await mintSession(api, { locale: "de" });
    await api.call("POST", `/v1/customer/${session.customer}`, { body: { meta: { plan: "gold" }, lookupKey: "user-1" } });
    const res = await widgetCall(api, "GET", "/session", clientSecret);
    expect(res.status).toBe(200);
    expect(res.body.data.session).toEqual({ id: session.id, expiresAt: session.expiresAt, locale: "de", allowedOrigins: [HOST_ORIGIN] });
    expect(res.body.data.customer).toMatchObject({ id: session.customer, type: "individual", kyc: "incomplete" });
    expect(res.body.data.customer.requirements).toEqual(expect.arrayContaining(["firstName", "address.line1", "tos"]));
    expect(res.text).not.toContain("gold");
    expect(res.text).not.toContain("user-1");
  });

  it("saves step by step through the customer rules, PII masked in the answer", async () => {
    const { clientSecret } = await mintSession(api);
    const identity = await widgetCall(api, "POST", "/customer", clientSecret, { body: IDENTITY });
    expect(identity.status).toBe(200);
    expect(identity.body.data.customer).toMatchObject({ firstName: "Ada", dob: { provided: true } });
    const address = await widgetCall(api, "POST", "/customer", clientSecret, { body: ADDRESS });
    expect(address.body.data.customer.ssn).toEqual({ provided: true, last4: "6789" });
    expect(address.text).not.toContain("123-45-6789");
    expect(address.body.data.customer.requirements).not.toContain("ssn");
    const again = await widgetCall(api, "GET", "/customer", clientSecret);
    expect(again.body.data.customer.address).toMatchObject(ADDRESS.address);
  });

  it("maps the same validation as the API onto field paths", async () => {
    const { clientSecret } = await mintSession(api);
    const res = await widgetCall(api, "POST", "/customer", clientSecret, { body: { email: "nope", address: { country: "USA", state: "XX" } } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(["email"]));
  });

  it("refuses fields a user must not set, every one at once", async () => {
    const { clientSecret, session } = await mintSession(api);
    const res = await widgetCall(api, "POST", "/customer", clientSecret, {
      body: { kyc: "approved", id: "customer_x", status: "active", tos: "approved", mock: true, meta: { a: 1 }, lookupKey: "k", tosAccepted: true },
    });
    expect(res.status).toBe(422);
    const codes = Object.fromEntries(res.body.error.fields.map((f: { path: string; code: string }) => [f.path, f.code]));
    expect(codes).toMatchObject({ kyc: "unknown_field", id: "unknown_field", status: "unknown_field", tos: "unknown_field", mock: "unknown_field" });
    const allowed = await widgetCall(api, "POST", "/customer", clientSecret, { body: { meta: { a: 1 }, lookupKey: "k", tosAccepted: true } });
    expect(allowed.body.error.fields).toEqual([
      expect.objectContaining({ path: "meta", code: "field_not_allowed" }),
      expect.objectContaining({ path: "lookupKey", code: "field_not_allowed" }),
      expect.objectContaining({ path: "tosAccepted", code: "field_not_allowed" }),
    ]);
    const customer = await api.call("GET", `/v1/customer/${session.customer}`);
    expect(customer.body.data.customer).toMatchObject({ kyc: "incomplete", meta: {}, lookupKey: null });
  });

  it("is idempotent per session when the widget sends a key", async () => {
    const { clientSecret } = await mintSession(api);
    const headers = { "Idempotency-Key": "step-identity" };
    const first = await widgetCall(api, "POST", "/customer", clientSecret, { body: IDENTITY, headers });
    const again = await widgetCall(api, "POST", "/customer", clientSecret, { body: IDENTITY, headers });
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body.data).toEqual(first.body.data);
  });
});
