import { describe, expect, it } from "vitest";
import { ZCustomerStatus, ZCustomerType, ZKycStatus } from "../../../core/customer/enums.ts";
import type { Database } from "../../../server/db/database.ts";
import { DatabaseError } from "../../../server/db/database-error.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";

// Migration 011: type, status and kyc are enum types; their values must stay core's.
describe.each(databaseKinds)("customer state enums on %s", (kind) => {
  let db: Database;
  useTestDatabase(kind, (opened) => (db = opened));

  it.each([
    ["customer_type", ZCustomerType.options],
    ["customer_status", ZCustomerStatus.options],
    ["customer_kyc", ZKycStatus.options],
  ])("%s holds exactly core's values, in order", async (type, values) => {
    const { rows } = await db.query<{ value: string }>(`select unnest(enum_range(null::${type}))::text as value`);
    expect(rows.map((row) => row.value)).toEqual(values);
  });

  it("refuses a value outside them, as the CHECK constraints did", async () => {
    const error = await db.query("insert into customers (id, type, record) values ('c', 'robot', '{}')").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: "22P02" });
    expect((await db.query("select count(*)::int as n from customers")).rows).toEqual([{ n: 0 }]);
  });

  it("defaults a new row to active and incomplete, and reads them back as strings", async () => {
    await db.query("insert into customers (id, type, record) values ('c', 'business', '{}')");
    expect((await db.query("select type, status, kyc from customers")).rows).toEqual([{ type: "business", status: "active", kyc: "incomplete" }]);
  });
});
