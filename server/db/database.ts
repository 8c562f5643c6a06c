/**
 * The storage seam: one small interface, two drivers (embedded PGlite by
 * default, PostgreSQL when DATABASE_URL is set), the same SQL for both.
 *
 * Conventions both drivers keep (see type-parsers.ts):
 * - parameters are `$1, $2, …`; pass jsonb values as `JSON.stringify(value)`
 *   with a `::jsonb` cast (pg would turn a JS array into a PostgreSQL array);
 * - timestamps come back as ISO strings in UTC, bigint as number, jsonb parsed;
 * - `affectedRows` counts rows written by INSERT/UPDATE/DELETE, 0 for SELECT;
 * - a call without `params` may hold several statements (simple protocol),
 *   and returns the last statement's rows;
 * - errors with a SQLSTATE become `DatabaseError` (see database-error.ts).
 */
import { migrate } from "./migrate.ts";

export type QueryResult<T> = { rows: T[]; affectedRows: number };

/** Anything that runs SQL: the database itself or a transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<QueryResult<T>>;
  /**
   * Transactions only: queues a write whose result nobody reads; it runs before the
   * transaction's next statement or at its commit (lazy-transaction.ts). Call it
   * through `writeLater`, which runs the write at once where there is no queue.
   */
  defer?(sql: string, params?: unknown[]): void;
  /**
   * Transactions only: `undo` runs if the transaction does not commit, after its
   * ROLLBACK, for work done outside SQL that its rows would have referred to (a
   * stored document file). Best effort: a failing undo is ignored.
   */
  onRollback?(undo: () => Promise<void>): void;
}

/** A write whose result isn't needed: queued in a transaction that can queue it, else run now. */
export async function writeLater(q: Queryable, sql: string, params?: unknown[]): Promise<void> {
  if (q.defer) q.defer(sql, params);
  else await q.query(sql, params);
}

export interface Database extends Queryable {
  readonly kind: "pglite" | "postgres";
  /**
   * Runs `fn` in one transaction: COMMIT when it resolves, ROLLBACK when it
   * throws (the error is rethrown). Use only `tx` inside `fn`; calling the
   * database itself there throws DatabaseError "nested_query".
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Waits for running work, then releases the connection(s). */
  close(): Promise<void>;
}

/**
 * Where the data lives; `migrate` (default true) applies pending migrations before returning;
 * `guardNestedQueries` (default true) refuses `db.query` inside `db.transaction` (transaction-scope.ts).
 */
export type TOpenDatabaseOptions = {
  databaseUrl?: string;
  dataDir?: string;
  /** PostgreSQL connections (default: postgres-database.ts `defaultPoolSize`). */
  poolSize?: number;
  migrate?: boolean;
  guardNestedQueries?: boolean;
};

/**
 * Opens PostgreSQL when `databaseUrl` is given, otherwise PGlite in `dataDir`
 * (in memory when `dataDir` is undefined or "memory://"), and migrates it.
 *
 * @example
 * const db = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
 * const { rows } = await db.query<{ id: string }>("select id from customers where email = $1", [email]);
 */
export async function openDatabase(opts: TOpenDatabaseOptions): Promise<Database> {
  // Imported lazily so a PostgreSQL deployment never loads the PGlite WASM, and vice versa.
  const db = opts.databaseUrl
    ? (await import("./postgres-database.ts")).createPostgresDatabase({ databaseUrl: opts.databaseUrl, poolSize: opts.poolSize, guardNestedQueries: opts.guardNestedQueries })
    : await (await import("./pglite-database.ts")).createPgliteDatabase({ dataDir: opts.dataDir, guardNestedQueries: opts.guardNestedQueries });
  if (opts.migrate !== false) {
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
  }
  return db;
}
