import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";

describe.each(databaseKinds)("list customers on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  const create = async (body: object) => (await api.call("POST", "/v1/customer", { body })).body.data.customer;

  it("pages newest first with limit, hasMore and nextCursor; default 20", async () => {
    for (let i = 0; i < 25; i++) await create({ lookupKey: `k${i}` });
    const first = await api.call("GET", "/v1/customer");
    expect(first.status).toBe(200);
    expect(first.body.object).toBe("array");
    expect(first.body.data.customers).toHaveLength(20);
    expect(first.body.data.customers[0].lookupKey).toBe("k24");
    expect(first.body.data.hasMore).toBe(true);
    const second = await api.call("GET", `/v1/customer?cursor=${first.body.data.nextCursor}`);
    expect(second.body.data.customers).toHaveLength(5);
    expect(second.body.data.hasMore).toBe(false);
    expect(second.body.data.nextCursor).toBeNull();
  });

  it("returns every customer exactly once while new customers are being created between pages", async () => {
    const existing = new Set<string>();
    for (let i = 0; i < 23; i++) existing.add((await create({})).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await api.call("GET", `/v1/customer?limit=5${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...res.body.data.customers.map((c: { id: string }) => c.id));
      cursor = res.body.data.nextCursor;
      await create({}); // a customer arrives while the client pages
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => existing.has(id)).sort()).toEqual([...existing].sort());
  });

  it("filters by type, kyc, status, email (any case) and lookupKey, combined with AND", async () => {
    const a = await create({ type: "business", email: "Owner@Acme.example", lookupKey: "acme" });
    await create({ type: "individual", email: "owner@acme.example" });
    await create({ type: "business", lookupKey: "other" });
    const ids = async (query: string) => (await api.call("GET", `/v1/customer?${query}`)).body.data.customers.map((c: { id: string }) => c.id);
    expect(await ids("type=business&email=OWNER@acme.example")).toEqual([a.id]);
    expect(await ids("lookupKey=acme")).toEqual([a.id]);
    expect(await ids("type=individual")).toHaveLength(1);
    expect(await ids("kyc=incomplete&status=active")).toHaveLength(3);
    expect(await ids("kyc=approved")).toEqual([]);
  });

  it("pages a filter whose customers differ in the other states newest first, each once", async () => {
    // kyc=incomplete spans individuals and businesses, active and deactivated: four ranges merged.
    const made: string[] = [];
    for (let i = 0; i < 9; i++) {
      const customer = await create({ type: i % 2 ? "business" : "individual", lookupKey: `m${i}` });
      if (i % 3 === 0) await api.call("PATCH", `/v1/customer/${customer.id}/deactivate`);
      made.push(customer.id);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await api.call("GET", `/v1/customer?kyc=incomplete&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...res.body.data.customers.map((c: { id: string }) => c.id));
      cursor = res.body.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...made].reverse());
    const deactivated = (await api.call("GET", "/v1/customer?status=deactivated")).body.data.customers.map((c: { id: string }) => c.id);
    expect(deactivated).toEqual([made[6], made[3], made[0]]);
  });

  it.each([
    ["limit=0", "limit"],
    ["limit=101", "limit"],
    ["limit=abc", "limit"],
    ["type=robot", "type"],
    ["kyc=done", "kyc"],
    ["sort=name", "sort"],
    ["cursor=bm90LWEtY3Vyc29y", null],
  ])("refuses the query %s with a 400 naming the parameter", async (query, path) => {
    const res = await api.call("GET", `/v1/customer?${query}`);
    expect(res.status).toBe(400);
    expect(res.body.ok).toBe(false);
    if (path) expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    else expect(res.body.error.code).toBe("invalid_cursor");
  });

  it("never lists masked PII in full", async () => {
    await create({ ssn: "123-45-6789", address: { country: "USA" } });
    const res = await api.call("GET", "/v1/customer");
    expect(res.text).not.toContain("123-45-6789");
    expect(res.body.data.customers[0].ssn).toEqual({ provided: true, last4: "6789" });
  });
});
