import { describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { DatabaseError, SQLSTATE } from "../../../server/db/database-error.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";

const insertCustomer = (db: Pick<Database, "query">, id: string, extra: { email?: string } = {}) =>
  db.query("insert into customers (id, type, email, record) values ($1, 'individual', $2, $3::jsonb)", [
    id,
    extra.email ?? null,
    JSON.stringify({ id }),
  ]);

describe.each(databaseKinds)("database on %s", (kind) => {
  let db: Database;
  useTestDatabase(kind, (opened) => (db = opened));

  it("reports its kind", () => {
    expect(db.kind).toBe(kind);
  });

  it("commits a transaction that resolves and returns its value", async () => {
    const value = await db.transaction(async (tx) => {
      await insertCustomer(tx, "customer_a");
      return "done";
    });
    expect(value).toBe("done");
    expect((await db.query("select id from customers")).rows).toEqual([{ id: "customer_a" }]);
  });

  it("rolls back everything when the callback throws, and rethrows", async () => {
    const failure = new Error("service refused");
    await expect(
      db.transaction(async (tx) => {
        await insertCustomer(tx, "customer_a");
        await tx.query("insert into audit_log (actor, action) values ('sk', 'create')");
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect((await db.query("select count(*) as n from customers")).rows).toEqual([{ n: 0 }]);
    expect((await db.query("select count(*) as n from audit_log")).rows).toEqual([{ n: 0 }]);
  });

  it("refuses to report success when a failed statement was swallowed inside the transaction", async () => {
    await insertCustomer(db, "customer_a");
    const attempt = db.transaction(async (tx) => {
      await insertCustomer(tx, "customer_b");
      await insertCustomer(tx, "customer_a").catch(() => undefined); // duplicate, ignored by mistake
    });
    await expect(attempt).rejects.toMatchObject({ name: "DatabaseError", code: "25P02" });
    expect((await db.query("select id from customers")).rows).toEqual([{ id: "customer_a" }]);
  });

  it("turns a unique violation into DatabaseError 23505 naming the constraint", async () => {
    await insertCustomer(db, "customer_a");
    const error = await insertCustomer(db, "customer_a").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: SQLSTATE.uniqueViolation, constraint: "customers_pkey", table: "customers" });
  });

  it("turns a check violation into DatabaseError 23514", async () => {
    const error = await insertCustomer(db, "c", { email: "Jane@Example.com" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseError);
    expect(error).toMatchObject({ code: SQLSTATE.checkViolation, constraint: "customers_email_check" });
  });

  it("refuses db.query inside db.transaction instead of running it outside (or hanging)", async () => {
    const attempt = db.transaction(async () => {
      await db.query("select 1");
    });
    await expect(attempt).rejects.toMatchObject({ name: "DatabaseError", code: "nested_query" });
    // The database is still usable afterwards.
    expect((await db.query("select 1 as one")).rows).toEqual([{ one: 1 }]);
  });

  it("hides a transaction's rows from concurrent queries until it commits", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const insertedYet = new Promise<void>((resolve) => (inserted = resolve));
    const writer = db.transaction(async (tx) => {
      await insertCustomer(tx, "customer_a");
      inserted();
      await held;
    });
    await insertedYet;
    // On PGlite this waits for the transaction; on PostgreSQL it reads the committed state.
    const reader = db.query<{ n: number }>("select count(*) as n from customers");
    setTimeout(release, 50);
    const [{ rows }] = await Promise.all([reader, writer]);
    expect(kind === "pglite" ? [1] : [0, 1]).toContain(rows[0]!.n);
    expect((await db.query("select count(*) as n from customers")).rows).toEqual([{ n: 1 }]);
  });

  it("counts written rows in affectedRows and 0 for reads", async () => {
    expect((await insertCustomer(db, "customer_a")).affectedRows).toBe(1);
    await insertCustomer(db, "customer_b");
    expect((await db.query("update customers set version = version + 1")).affectedRows).toBe(2);
    expect((await db.query("select * from customers")).affectedRows).toBe(0);
    expect((await db.query("delete from customers where id = $1 returning id", ["customer_a"])).rows).toEqual([
      { id: "customer_a" },
    ]);
  });

  it("runs several statements when called without parameters, returning the last one's rows", async () => {
    const result = await db.query(
      "insert into audit_log (actor, action) values ('a', 'x'); insert into audit_log (actor, action) values ('b', 'y'); select actor from audit_log order by id",
    );
    expect(result).toEqual({ rows: [{ actor: "a" }, { actor: "b" }], affectedRows: 2 });
  });
});
