import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { writeLater, type Database } from "../../../server/db/database.ts";
import { DatabaseError } from "../../../server/db/database-error.ts";
import { createLazyTransaction } from "../../../server/db/lazy-transaction.ts";
import { databaseKinds, openTestDatabase, resetDatabase } from "../../support/databases.ts";

/** What a lazy transaction sends: "tx: …" on its connection, "alone: …" as a statement of its own. */
function recorder() {
  const sent: string[] = [];
  const answer = (prefix: string) => async (sql: string) => {
    sent.push(`${prefix}${sql}`);
    return { rows: [], affectedRows: 0, command: sql === "COMMIT" ? "COMMIT" : undefined };
  };
  return { sent, lazy: createLazyTransaction(answer("tx: "), answer("alone: ")) };
}

describe("lazy transaction (what goes over the wire)", () => {
  it("sends a lone deferred write as the whole transaction: no BEGIN, no COMMIT", async () => {
    const { sent, lazy } = recorder();
    lazy.tx.defer!("insert a");
    await lazy.commit();
    expect(sent).toEqual(["alone: insert a"]);
  });

  it("sends deferred writes before the next statement, inside BEGIN … COMMIT", async () => {
    const { sent, lazy } = recorder();
    lazy.tx.defer!("insert a");
    await lazy.tx.query("select a");
    lazy.tx.defer!("insert b");
    await lazy.commit();
    expect(sent).toEqual(["tx: BEGIN", "tx: insert a", "tx: select a", "tx: insert b", "tx: COMMIT"]);
  });

  it("wraps two deferred writes in one transaction (each alone would not be atomic together)", async () => {
    const { sent, lazy } = recorder();
    lazy.tx.defer!("insert a");
    lazy.tx.defer!("insert b");
    await lazy.commit();
    expect(sent).toEqual(["tx: BEGIN", "tx: insert a", "tx: insert b", "tx: COMMIT"]);
  });

  it("sends nothing for a transaction that ran no statement, and drops unsent writes on rollback", async () => {
    const { sent, lazy } = recorder();
    await lazy.commit();
    const other = recorder();
    other.lazy.tx.defer!("insert a");
    await other.lazy.rollback();
    expect([...sent, ...other.sent]).toEqual([]);
  });
});

describe("lazy transaction (undo of work outside SQL)", () => {
  it("runs the undos when the transaction rolls back, even one that never sent BEGIN", async () => {
    const undone: string[] = [];
    const { lazy } = recorder();
    lazy.tx.onRollback!(async () => void undone.push("file a"));
    lazy.tx.onRollback!(async () => void undone.push("file b"));
    await lazy.rollback();
    expect(undone).toEqual(["file a", "file b"]);
  });

  it("runs them when ROLLBACK itself fails, and a failing undo doesn't stop the others", async () => {
    const undone: string[] = [];
    const lazy = createLazyTransaction(async (sql) => {
      if (sql === "ROLLBACK") throw new Error("connection lost");
      return { rows: [], affectedRows: 0, command: undefined };
    }, async () => ({ rows: [], affectedRows: 0, command: undefined }));
    await lazy.tx.query("select a");
    lazy.tx.onRollback!(async () => { throw new Error("already gone"); });
    lazy.tx.onRollback!(async () => void undone.push("file b"));
    await expect(lazy.rollback()).rejects.toThrow("connection lost");
    expect(undone).toEqual(["file b"]);
  });

  it("never runs them once the transaction commits", async () => {
    const undone: string[] = [];
    const { lazy } = recorder();
    lazy.tx.onRollback!(async () => void undone.push("file a"));
    await lazy.tx.query("insert a");
    await lazy.commit();
    expect(undone).toEqual([]);
  });
});

describe.each(databaseKinds)("deferred writes on %s", (kind) => {
  let db: Database;
  const insert = "insert into customers (id, type, record) values ($1, 'individual', '{}'::jsonb)";
  const ids = async () => (await db.query<{ id: string }>("select id from customers order by id")).rows.map((r) => r.id);
  beforeAll(async () => {
    db = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await db.close();
  });
  beforeEach(() => resetDatabase(db));

  it("stores a lone deferred write, and later statements of the transaction see it", async () => {
    await db.transaction(async (tx) => writeLater(tx, insert, ["customer_a"]));
    const seen = await db.transaction(async (tx) => {
      await writeLater(tx, insert, ["customer_b"]);
      return (await tx.query("select count(*)::int as n from customers")).rows[0];
    });
    expect(seen).toEqual({ n: 2 });
    expect(await ids()).toEqual(["customer_a", "customer_b"]);
  });

  it("stores nothing when the transaction throws after deferring a write", async () => {
    await expect(db.transaction(async (tx) => {
      await writeLater(tx, insert, ["customer_a"]);
      throw new Error("refused after the write was queued");
    })).rejects.toThrow("refused");
    expect(await ids()).toEqual([]);
  });

  it("rejects the transaction when a deferred write fails at commit, keeping nothing of it", async () => {
    await db.transaction(async (tx) => writeLater(tx, insert, ["customer_a"]));
    const failed = db.transaction(async (tx) => {
      await writeLater(tx, insert, ["customer_b"]);
      await writeLater(tx, insert, ["customer_a"]); // duplicate key, found only at commit
      return "reported success";
    });
    await expect(failed).rejects.toBeInstanceOf(DatabaseError);
    expect(await ids()).toEqual(["customer_a"]);
  });
});
