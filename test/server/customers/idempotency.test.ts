import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY } from "../api-harness.ts";

describe.each(databaseKinds)("Idempotency-Key on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  const count = async () => Number((await db.query<{ n: number }>("select count(*)::int as n from customers")).rows[0]!.n);

  it("replays the same response for a retry and creates nothing new", async () => {
    const headers = { "Idempotency-Key": "create-1" };
    const first = await api.call("POST", "/v1/customer", { body: SEED_CREATE_BODY, headers });
    // Same content, other key order: still the same request.
    const reordered = Object.fromEntries(Object.entries(SEED_CREATE_BODY).reverse());
    const retry = await api.call("POST", "/v1/customer", { body: reordered, headers });
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await count()).toBe(1);
  });

  it("refuses the same key with a different body with 422, changing nothing", async () => {
    const headers = { "Idempotency-Key": "create-2" };
    await api.call("POST", "/v1/customer", { body: { firstName: "A" }, headers });
    const res = await api.call("POST", "/v1/customer", { body: { firstName: "B" }, headers });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("idempotency_key_reused");
    expect(await count()).toBe(1);
  });

  it("answers a concurrent duplicate with 409 and still creates one customer", async () => {
    const headers = { "Idempotency-Key": "create-3" };
    const results = await Promise.all([1, 2, 3].map(() => api.call("POST", "/v1/customer", { body: {}, headers })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses).toContain(409);
    expect(await count()).toBe(1);
  });

  it("does not store refused requests: a corrected retry with the same key succeeds", async () => {
    const headers = { "Idempotency-Key": "create-4" };
    const bad = await api.call("POST", "/v1/customer", { body: { type: "robot" }, headers });
    expect(bad.status).toBe(422);
    const good = await api.call("POST", "/v1/customer", { body: { type: "business" }, headers });
    expect(good.status).toBe(200);
  });

  it("replays updates too: a retried update applies once", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer;
    const headers = { "Idempotency-Key": "update-1" };
    const first = await api.call("POST", `/v1/customer/${id}`, { body: { meta: { n: 1 } }, headers });
    const retry = await api.call("POST", `/v1/customer/${id}`, { body: { meta: { n: 1 } }, headers });
    expect(retry.body).toEqual(first.body);
    const now = await api.call("GET", `/v1/customer/${id}`);
    expect(now.headers.get("ETag")).toBe('"2"');
  });

  it("keeps keys 24 hours: an expired key counts as new", async () => {
    const headers = { "Idempotency-Key": "create-5" };
    await api.call("POST", "/v1/customer", { body: {}, headers });
    await db.query("update idempotency_keys set created_at = now() - interval '25 hours'");
    const again = await api.call("POST", "/v1/customer", { body: {}, headers });
    expect(again.headers.get("Idempotent-Replayed")).toBeNull();
    expect(await count()).toBe(2);
    expect(await api.app.idempotency.sweep()).toBe(0);
  });

  it("refuses an over-long key with 400", async () => {
    const res = await api.call("POST", "/v1/customer", { body: {}, headers: { "Idempotency-Key": "k".repeat(256) } });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_idempotency_key");
  });
});
