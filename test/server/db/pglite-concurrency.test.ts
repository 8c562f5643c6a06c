import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { openTestDatabase } from "../../support/databases.ts";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// PGlite has a single connection: these tests show the driver's mutex keeps
// concurrent requests from running statements inside each other's transaction.
describe("PGlite under concurrent requests", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    await db.query("create table counter (n integer not null); insert into counter values (0)");
  });
  afterAll(async () => {
    await db.close();
  });

  it("runs whole transactions one after another, so read-modify-write loses nothing", async () => {
    const trace: string[] = [];
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        db.transaction(async (tx) => {
          trace.push(`begin ${i}`);
          const { rows } = await tx.query<{ n: number }>("select n from counter");
          await sleep(5); // give another request every chance to interleave
          await tx.query("update counter set n = $1", [rows[0]!.n + 1]);
          trace.push(`end ${i}`);
        }),
      ),
    );
    expect((await db.query("select n from counter")).rows).toEqual([{ n: 10 }]);
    for (let i = 0; i < trace.length; i += 2) {
      expect(trace[i]!.replace("begin", "end")).toBe(trace[i + 1]);
    }
  });

  it("keeps a failed transaction's rollback from undoing a concurrent request's work", async () => {
    await db.query("update counter set n = 0");
    const failing = db.transaction(async (tx) => {
      await tx.query("update counter set n = n + 100");
      await sleep(20);
      throw new Error("abort");
    });
    const outside = db.query("update counter set n = n + 1");
    await expect(failing).rejects.toThrow("abort");
    await outside;
    expect((await db.query("select n from counter")).rows).toEqual([{ n: 1 }]);
  });
});
