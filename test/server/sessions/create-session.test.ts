import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { HOST_ORIGIN, mintSession } from "../widget-api/widget-harness.ts";

describe.each(databaseKinds)("POST /v1/onboarding/session on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it("creates a new individual, a 30-minute session and a client secret of the loader's shape", async () => {
    const { session, clientSecret } = await mintSession(api, { type: "individual", locale: "fr" });
    expect(session.id).toMatch(/^ses_[0-9a-f]{32}$/);
    expect(clientSecret).toMatch(new RegExp(`^cs_${session.id}_[A-Za-z0-9_-]{43}$`));
    expect(session.expiresAt).toBe("2026-01-15T10:30:00.000Z");
    expect(session).toMatchObject({ allowedOrigins: [HOST_ORIGIN], locale: "fr" });
    expect(session.url).toBe(`http://localhost/embed/${session.id}#clientSecret=${clientSecret}`);
    const customer = await api.call("GET", `/v1/customer/${session.customer}`);
    expect(customer.body.data.customer).toMatchObject({ type: "individual", kyc: "incomplete" });
  });

  it("continues an existing customer, and 404s an unknown one", async () => {
    const created = await api.call("POST", "/v1/customer", { body: { firstName: "Ada" } });
    const { session } = await mintSession(api, { customer: created.body.data.customer.id, expiresInSeconds: 86_400 });
    expect(session.customer).toBe(created.body.data.customer.id);
    expect(session.expiresAt).toBe("2026-01-16T10:00:00.000Z");
    const unknown = await api.call("POST", "/v1/onboarding/session", { body: { customer: "customer_nope", allowedOrigins: [HOST_ORIGIN] } });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe("customer_not_found");
  });

  it("stores only a SHA-256 of the secret", async () => {
    const { session, clientSecret } = await mintSession(api);
    const dump = JSON.stringify((await db.query("select * from onboarding_sessions")).rows) + JSON.stringify((await db.query("select * from idempotency_keys")).rows);
    expect(dump).not.toContain(clientSecret.slice(-43));
    expect(dump).toContain(session.id);
  });

  it("replays the same session and secret for a retried Idempotency-Key, without storing the secret", async () => {
    const headers = { "Idempotency-Key": "mint-1" };
    const body = { allowedOrigins: [HOST_ORIGIN] };
    const first = await api.call("POST", "/v1/onboarding/session", { body, headers });
    const again = await api.call("POST", "/v1/onboarding/session", { body, headers });
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(again.body.data).toEqual(first.body.data);
    const stored = JSON.stringify((await db.query("select response_body from idempotency_keys")).rows);
    expect(stored).not.toContain(first.body.data.clientSecret);
    expect((await db.query("select id from onboarding_sessions")).rows).toHaveLength(1);
  });

  it.each([
    [{ allowedOrigins: [] }, "allowedOrigins"],
    [{ allowedOrigins: ["https://shop.example/"] }, "allowedOrigins.0"],
    [{ allowedOrigins: ["https://shop.example/checkout"] }, "allowedOrigins.0"],
    [{ allowedOrigins: ["https://*.example.com"] }, "allowedOrigins.0"],
    [{ allowedOrigins: ["*"] }, "allowedOrigins.0"],
    [{ allowedOrigins: ["javascript:alert(1)"] }, "allowedOrigins.0"],
    [{ allowedOrigins: Array.from({ length: 11 }, (_, i) => `https://s${i}.example`) }, "allowedOrigins"],
    [{ allowedOrigins: [HOST_ORIGIN], expiresInSeconds: 86_401 }, "expiresInSeconds"],
    [{ allowedOrigins: [HOST_ORIGIN], customer: "customer_x", type: "individual" }, ""],
    [{ allowedOrigins: [HOST_ORIGIN], kyc: "approved" }, "kyc"],
  ])("refuses %j at %s", async (body, path) => {
    const res = await api.call("POST", "/v1/onboarding/session", { body });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
  });

  it("needs the secret key: none, a wrong one or a client secret get 401", async () => {
    const { clientSecret } = await mintSession(api);
    for (const auth of [null, "sk_wrong", clientSecret]) {
      const res = await api.call("POST", "/v1/onboarding/session", { body: { allowedOrigins: [HOST_ORIGIN] }, auth });
      expect(res.status).toBe(401);
    }
  });
});
