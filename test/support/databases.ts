import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import type { Database } from "../../server/db/database.ts";
import { migrate } from "../../server/db/migrate.ts";
import { createPgliteDatabase } from "../../server/db/pglite-database.ts";
import { createPostgresDatabase } from "../../server/db/postgres-database.ts";

/**
 * Run one suite on both databases, one database per test file, emptied
 * between tests (creating a database is slow; truncating is not):
 *
 * @example
 * import { databaseKinds, openTestDatabase, resetDatabase } from "../../support/databases.ts";
 *
 * describe.each(databaseKinds)("customers API on %s", (kind) => {
 *   let db: Database;
 *   beforeAll(async () => { db = await openTestDatabase(kind); });
 *   afterAll(async () => { await db.close(); });
 *   beforeEach(async () => { await resetDatabase(db); });
 *
 *   it("creates a customer", async () => {
 *     const app = createApp({ db, … });
 *     const res = await app.request("/v1/customer", { method: "POST", … });
 *     expect(res.status).toBe(200);
 *   });
 * });
 */
export type TDatabaseKind = Database["kind"];

/** A test database; `url` is its PostgreSQL URL (null on PGlite), for tests that need a second pool. */
export type TTestDatabase = Database & { readonly url: string | null };

const postgresUrl = inject("postgresUrl");

/** "pglite" always; "postgres" too when the global setup has a PostgreSQL (always on CI). */
export const databaseKinds: TDatabaseKind[] = postgresUrl ? ["pglite", "postgres"] : ["pglite"];

/**
 * A new, empty, migrated database of `kind`, private to the calling test file.
 * pglite: in memory, loaded from the migrated snapshot made by the global setup.
 * postgres: `CREATE DATABASE test_<random>` on the shared cluster, so test
 * files running in parallel never see each other's rows; dropped by `close()`.
 */
export async function openTestDatabase(kind: TDatabaseKind): Promise<TTestDatabase> {
  if (kind === "pglite") {
    const tarball = await readFile(inject("pgliteSnapshotPath"));
    const db = await createPgliteDatabase({ loadDataDir: new Blob([new Uint8Array(tarball)]) });
    await migrate(db);
    return Object.assign(db, { url: null });
  }
  if (!postgresUrl) throw new Error("no PostgreSQL for tests: iterate over databaseKinds instead of naming 'postgres'");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  const db = createPostgresDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  await migrate(db);
  return {
    ...db,
    url: url.toString(),
    async close() {
      await db.close();
      // FORCE (PostgreSQL 13+) ends connections a failed test may have left open.
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: postgresUrl! });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/**
 * Empties every table but `schema_migrations` and restarts sequences, so each
 * test starts from a fresh, migrated database. Reads the table list from the
 * catalog: tables added by later migrations are included without edits here.
 */
export async function resetDatabase(db: Database): Promise<void> {
  const { rows } = await db.query<{ name: string }>(
    `select quote_ident(tablename) as name from pg_tables
      where schemaname = current_schema() and tablename <> 'schema_migrations'`,
  );
  if (rows.length === 0) return;
  await db.query(`truncate table ${rows.map((r) => r.name).join(", ")} restart identity cascade`);
}

/**
 * The usual setup of a database suite: opens a database of `kind` before the block's
 * tests, closes it after them, and empties it before each test. `onOpen` receives it
 * (assign it to the block's `db`); hooks registered after this call run after these.
 *
 * @example
 * let db: TTestDatabase;
 * useTestDatabase(kind, (opened) => (db = opened));
 */
export function useTestDatabase(kind: TDatabaseKind, onOpen: (db: TTestDatabase) => void): void {
  let db: TTestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    onOpen(db);
  });
  afterAll(() => db.close());
  beforeEach(() => resetDatabase(db));
}
