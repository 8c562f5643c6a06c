import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedCustomers } from "../../../bench/seed-customers.ts";
import { createCustomerStore, type TCustomerFilters } from "../../../server/customers/customer-store.ts";
import { createFieldCipher } from "../../../server/crypto/field-cipher.ts";
import type { Queryable } from "../../../server/db/database.ts";
import { databaseKinds, openTestDatabase, type TTestDatabase } from "../../support/databases.ts";

/**
 * A page must cost the same at any table size (issue 7), so every list shape must be
 * an index walk, never a scan of the table. The plans are read for the store's own SQL,
 * on a table large enough that a scan would look cheap to nobody.
 */
describe.each(databaseKinds)("customer list plans on %s", (kind) => {
  let db: TTestDatabase;
  const store = createCustomerStore(createFieldCipher({ keys: [{ id: "test0001", key: randomBytes(32) }] }));
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    await seedCustomers(db, 0, 20_000);
  }, 60_000);
  afterAll(() => db.close());

  /** The plan of the statement the store sends for one list page. */
  async function planOf(filters: TCustomerFilters, beforeSeq: number | null = null): Promise<string> {
    let plan = "";
    const explaining: Queryable = {
      async query<T>(sql: string, params?: unknown[]) {
        const { rows } = await db.query<{ "QUERY PLAN": string }>(`explain ${sql}`, params);
        plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
        return { rows: [] as T[], affectedRows: 0 };
      },
    };
    await store.list(explaining, filters, 20, beforeSeq);
    return plan;
  }

  // Which index is the planner's choice by the statistics (a filter matching one customer in
  // five may walk the seq order and skip the others); that it is an index walk is ours.
  it.each<[string, TCustomerFilters]>([
    ["no filter", {}],
    ["type", { type: "business" }],
    ["kyc", { kyc: "approved" }],
    ["status", { status: "deactivated" }],
    ["type and kyc", { type: "business", kyc: "approved" }],
    ["status and kyc", { status: "active", kyc: "incomplete" }],
    ["type, status and kyc", { type: "individual", status: "active", kyc: "incomplete" }],
    ["email and type", { email: "User77@example.com", type: "individual" }],
    ["email", { email: "User77@example.com" }],
    ["lookupKey", { lookupKey: "lk77" }],
  ])("walks an index for %s, first page and next, with no scan or sort", async (_shape, filters) => {
    for (const plan of [await planOf(filters), await planOf(filters, 10_000)]) {
      expect(plan).toMatch(/Index (Only )?Scan/);
      // A Merge Append's "Sort Key" is the order it keeps, not a sort.
      expect(plan).not.toMatch(/Seq Scan|Bitmap Heap Scan|(^|-> +)Sort +\(/m);
    }
  });

  it("answers type, status and kyc from one index, a range per combination of the values not filtered on", async () => {
    const plan = await planOf({ kyc: "approved" });
    expect(plan).toContain("Merge Append");
    expect(plan.match(/customers_live_state_seq/g)).toHaveLength(4); // individual|business × active|deactivated
    expect(await planOf({ type: "business", status: "active", kyc: "approved" })).not.toContain("Merge Append");
    const { rows } = await db.query<{ name: string }>("select indexname as name from pg_indexes where tablename = 'customers' order by indexname");
    expect(rows.map((r) => r.name)).toEqual(["customers_live_email_seq", "customers_live_lookup_key_seq", "customers_live_state_seq", "customers_pkey", "customers_seq_key"]);
  });

  it("finds an email or lookup key through its own index, which holds no customer without one", async () => {
    expect(await planOf({ email: "user77@example.com" })).toContain("customers_live_email_seq");
    expect(await planOf({ lookupKey: "lk77" })).toContain("customers_live_lookup_key_seq");
    const { rows } = await db.query<{ definition: string }>(
      "select indexdef as definition from pg_indexes where indexname in ('customers_live_email_seq', 'customers_live_lookup_key_seq') order by indexname",
    );
    expect(rows.map((r) => r.definition)).toEqual([expect.stringContaining("email IS NOT NULL"), expect.stringContaining("lookup_key IS NOT NULL")]);
  });
});
