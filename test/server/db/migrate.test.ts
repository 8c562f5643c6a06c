import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../../server/db/database.ts";
import { loadMigrations, migrate, MigrationError, type TMigration } from "../../../server/db/migrate.ts";
import { databaseKinds, openTestDatabase, type TTestDatabase } from "../../support/databases.ts";

describe.each(databaseKinds)("migrations on %s", (kind) => {
  let db: TTestDatabase;
  let shipped: TMigration[];
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    shipped = await loadMigrations();
  });
  afterAll(async () => {
    await db.close();
  });

  it("creates the tables of every shipped migration and records each one", async () => {
    const { rows } = await db.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = current_schema() order by tablename",
    );
    expect(rows.map((r) => r.tablename)).toEqual(
      expect.arrayContaining(["audit_log", "customers", "idempotency_keys", "schema_migrations", "documents", "verification_jobs", "webhook_deliveries", "onboarding_sessions"]),
    );
    const applied = await db.query<{ version: string }>("select version from schema_migrations order by version");
    expect(applied.rows.map((r) => r.version)).toEqual(shipped.map((m) => m.version));
  });

  it("skips migrations already applied", async () => {
    expect(await migrate(db)).toEqual([]);
    expect(await migrate(db)).toEqual([]);
  });

  it("applies a new migration exactly once, even when several processes start at once", async () => {
    const probe = { version: "900", name: "probe", sql: "create table probe (x int); insert into probe values (1);" };
    // On PostgreSQL each call runs on its own pooled connection and they queue on the advisory lock.
    const results = await Promise.all([1, 2, 3].map(() => migrate(db, { migrations: [...shipped, probe] })));
    expect(results.flat()).toEqual(["900"]);
    expect((await db.query("select x from probe")).rows).toEqual([{ x: 1 }]);
  });

  it("rolls back a failing migration and the ones applied with it", async () => {
    const good = { version: "901", name: "good", sql: "create table good (x int)" };
    const bad = { version: "902", name: "bad", sql: "create table bad (x int); select no_such_function();" };
    await expect(migrate(db, { migrations: [...shipped, good, bad] })).rejects.toMatchObject({ code: "42883" });
    const { rows } = await db.query("select tablename from pg_tables where tablename in ('good', 'bad')");
    expect(rows).toEqual([]);
  });

  it("refuses to start when an applied migration was edited", async () => {
    const edited = shipped.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m));
    await expect(migrate(db, { migrations: edited })).rejects.toBeInstanceOf(MigrationError);
  });
});

describe("openDatabase", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "onboarding-db-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps PGlite data in dataDir across restarts and migrates only once", async () => {
    const first = await openDatabase({ dataDir: join(dir, "pglite") });
    expect(first.kind).toBe("pglite");
    await first.query("insert into audit_log (actor, action) values ('sk_test', 'create')");
    await first.close();

    const second = await openDatabase({ dataDir: join(dir, "pglite") });
    expect((await second.query("select actor from audit_log")).rows).toEqual([{ actor: "sk_test" }]);
    expect((await second.query("select count(*) as n from schema_migrations")).rows).toEqual([
      { n: (await loadMigrations()).length },
    ]);
    await second.close();
  });

  it.runIf(databaseKinds.includes("postgres"))("opens PostgreSQL when given a URL", async () => {
    const scratch = await openTestDatabase("postgres");
    try {
      const db = await openDatabase({ databaseUrl: scratch.url!, dataDir: "ignored" });
      expect(db.kind).toBe("postgres");
      expect(await migrate(db)).toEqual([]);
      await db.close();
    } finally {
      await scratch.close();
    }
  });
});
