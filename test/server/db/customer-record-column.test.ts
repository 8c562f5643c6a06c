import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { applyCustomerInput, createEmptyCustomerRecord } from "../../../core/customer/customer-record.ts";
import { createFieldCipher } from "../../../server/crypto/field-cipher.ts";
import { createCustomerStore } from "../../../server/customers/customer-store.ts";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";

// Migration 012: `record` is json, kept as the server wrote it; nothing in it may change on the way.
describe.each(databaseKinds)("the customer record column on %s", (kind) => {
  let db: Database;
  useTestDatabase(kind, (opened) => (db = opened));
  const store = createCustomerStore(createFieldCipher({ keys: [{ id: "test0001", key: randomBytes(32) }] }));

  const customer = () => {
    const now = "2026-12-07T10:00:00.000Z";
    const empty = createEmptyCustomerRecord({ id: "customer_0123456789abcdef0123456789abcdef", type: "individual", mock: false, now });
    return applyCustomerInput(empty, {
      firstName: "Zoë", lastName: "Ñúñez-Ørsted 山田", email: "zoe@example.com",
      meta: { zeta: "pro", seats: 12, ratio: 0.125, a: true },
      dob: { month: 2, day: 29, year: 1996 },
    }, { newUboId: () => "ubo_0", now });
  };

  it("is stored as json, not jsonb", async () => {
    const { rows } = await db.query<{ type: string }>("select format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = 'customers'::regclass and attname = 'record'");
    expect(rows).toEqual([{ type: "json" }]);
  });

  it("reads back every field of what was written, secrets included", async () => {
    const record = customer();
    await db.transaction((tx) => store.insert(tx, record));
    const read = await store.load(db, record.id);
    expect(read?.record).toEqual(record);
  });

  it("keeps the text as written: key order and numbers unchanged", async () => {
    const record = customer();
    await db.transaction((tx) => store.insert(tx, record));
    const { rows } = await db.query<{ text: string }>("select record::text as text from customers");
    const stored = JSON.parse(rows[0]!.text) as Record<string, unknown>;
    expect(Object.keys(stored.meta as object)).toEqual(["zeta", "seats", "ratio", "a"]);
    expect(rows[0]!.text).toContain('"ratio":0.125');
    expect(stored).not.toHaveProperty("dob"); // the date of birth lives in `secrets`, encrypted
  });

  it("leaves the null fields out of the row, and reads them back as null", async () => {
    const record = customer();
    await db.transaction((tx) => store.insert(tx, record));
    const { rows } = await db.query<{ text: string }>("select record::text as text from customers");
    const stored = JSON.parse(rows[0]!.text) as Record<string, unknown>;
    expect(Object.values(stored)).not.toContain(null);
    expect(stored).not.toHaveProperty("ssn");
    expect(stored).toMatchObject({ firstName: "Zoë", tos: "incomplete", typeOpen: false, ubos: [] });
    const read = await store.load(db, record.id);
    expect(read?.record.ssn).toBeNull();
    expect(Object.keys(read!.record)).toEqual(Object.keys(record));
  });

  it("reads a row written with its nulls (before they were left out) as the same customer", async () => {
    const record = customer();
    await db.transaction((tx) => store.insert(tx, record));
    // The earlier form: every field, the date of birth nulled (it is in `secrets`).
    await db.query("update customers set record = $1::json where id = $2", [JSON.stringify({ ...record, dob: null }), record.id]);
    expect((await store.load(db, record.id))?.record).toEqual(record);
  });
});
