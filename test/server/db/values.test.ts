import { describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

// One expected literal for both drivers: a service written against one reads
// the same values from the other.
describe.each(databaseKinds)("values read back on %s", (kind) => {
  let db: Database;
  useTestDatabase(kind, (opened) => (db = opened));

  it("returns jsonb parsed, timestamps as UTC ISO strings, bigint as number", async () => {
    const record = { name: "Zoë", meta: { tags: ["a", "b"], n: 1.5, nested: { ok: true, none: null } } };
    await db.query(
      `insert into customers (id, type, email, record, secrets, created_at, updated_at)
       values ($1, 'business', $2, $3::jsonb, $4::jsonb, $5, $6)`,
      ["customer_x", "a@example.com", JSON.stringify(record), JSON.stringify({ ssn: "v1.k.i.c.t" }), "2024-05-01T12:34:56.789Z", "2024-05-01 18:04:56.789+05:30"],
    );
    const { rows } = await db.query("select seq, id, version, record, secrets, created_at, updated_at, deleted_at from customers");
    expect(rows).toEqual([
      {
        seq: 1,
        id: "customer_x",
        version: 1,
        record,
        secrets: { ssn: "v1.k.i.c.t" },
        created_at: "2024-05-01T12:34:56.789Z",
        updated_at: "2024-05-01T12:34:56.789Z",
        deleted_at: null,
      },
    ]);
  });

  it("returns now(), counts, text[] and dates the same way", async () => {
    await db.query("insert into audit_log (actor, action, customer_id, fields) values ($1, $2, $3, $4)", [
      "sk_1",
      "unmask",
      "customer_x",
      ["ssn", "dob"],
    ]);
    const { rows } = await db.query<{ id: number; fields: string[]; created_at: string; n: number; d: string; big: string }>(
      "select id, fields, created_at, count(*) over () as n, date '2024-02-29' as d, 12.50::numeric as big from audit_log",
    );
    expect(rows[0]).toMatchObject({ id: 1, fields: ["ssn", "dob"], n: 1, d: "2024-02-29", big: "12.50" });
    expect(rows[0]!.created_at).toMatch(ISO);
  });
});
