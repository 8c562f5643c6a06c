import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import type { Database, QueryResult, Queryable } from "./database.ts";
import { toDatabaseError } from "./database-error.ts";
import { createMutex } from "./mutex.ts";
import { createLazyTransaction } from "./lazy-transaction.ts";
import { createTransactionScope } from "./transaction-scope.ts";
import { affectedRowsOf, typeParsers } from "./type-parsers.ts";

/** PGlite adds a snapshot of its data folder (an uncompressed tarball), used by the test harness. */
export type TPgliteDatabase = Database & { snapshot(): Promise<Blob> };

type TStatementResult<T> = QueryResult<T> & { command: string | undefined };

/**
 * The embedded database: PostgreSQL compiled to WASM, in `dataDir` or in
 * memory. It has exactly one connection, so every top-level query and every
 * whole transaction takes turns behind one mutex: concurrent requests can
 * never slip a statement between another request's BEGIN and COMMIT.
 *
 * Creating a fresh PGlite database costs ~3.5 s (initdb in WASM), opening an
 * existing one ~0.5 s: tests share one per file (test/support/databases.ts).
 *
 * @example const db = await createPgliteDatabase({ dataDir: "./data/pglite" });
 */
export async function createPgliteDatabase(opts: {
  dataDir?: string | undefined;
  /** Start from a snapshot taken by `snapshot()` (tests: ~0.7 s instead of ~3.5 s for a fresh initdb). */
  loadDataDir?: Blob | undefined;
  /** Refuse `db.query` inside `db.transaction`, which would wait forever for the mutex (default true; transaction-scope.ts). */
  guardNestedQueries?: boolean;
}): Promise<TPgliteDatabase> {
  const inMemory = opts.dataDir === undefined || opts.dataDir === "memory://";
  if (!inMemory) await mkdir(opts.dataDir!, { recursive: true });
  const pg = await PGlite.create({
    ...(inMemory ? {} : { dataDir: opts.dataDir }),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
    parsers: typeParsers,
  });
  const lock = createMutex();
  const scope = createTransactionScope(opts.guardNestedQueries ?? true);

  async function run<T>(sql: string, params?: unknown[]): Promise<TStatementResult<T>> {
    try {
      // Without parameters, run the simple protocol like `pg` does, so a
      // migration file with many statements works on both drivers.
      if (params === undefined || params.length === 0) {
        const results = await pg.exec(sql);
        const last = results.at(-1);
        const affectedRows = results.reduce((sum, r) => sum + affectedRowsOf(r.command, r.rowCount), 0);
        return { rows: (last?.rows ?? []) as T[], affectedRows, command: last?.command };
      }
      const r = await pg.query<T>(sql, params);
      return { rows: r.rows, affectedRows: affectedRowsOf(r.command, r.rowCount), command: r.command };
    } catch (error) {
      throw toDatabaseError(error);
    }
  }
  const strip = <T>({ rows, affectedRows }: TStatementResult<T>): QueryResult<T> => ({ rows, affectedRows });

  // UTC so `timestamp` (without zone) and now()::text read the same everywhere.
  await run("set time zone 'UTC'");

  return {
    kind: "pglite",
    query<T = Record<string, unknown>>(sql: string, params?: unknown[]) {
      scope.assertOutside("query");
      return lock.run(async () => strip(await run<T>(sql, params)));
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      scope.assertOutside("transaction");
      return lock.run(async () => {
        // The one connection is held for the whole transaction (the mutex); its statements
        // still go out lazily, and a lone deferred write without BEGIN/COMMIT (lazy-transaction.ts).
        const lazy = createLazyTransaction(run, run);
        let result: T;
        try {
          result = await scope.enter(() => fn(lazy.tx));
          await lazy.commit();
        } catch (error) {
          await lazy.rollback().catch(() => undefined);
          throw error;
        }
        return result;
      });
    },
    snapshot: () => lock.run(() => pg.dumpDataDir("none")),
    close: () => lock.run(() => pg.close()),
  };
}
