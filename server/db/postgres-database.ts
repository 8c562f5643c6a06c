import { availableParallelism } from "node:os";
import pg from "pg";
import type { Database, QueryResult, Queryable } from "./database.ts";
import { toDatabaseError } from "./database-error.ts";
import { createLazyTransaction } from "./lazy-transaction.ts";
import { createTransactionScope } from "./transaction-scope.ts";
import { affectedRowsOf, typeParsers } from "./type-parsers.ts";

type TStatementResult<T> = QueryResult<T> & { command: string | undefined };
type TClient = Pick<pg.PoolClient, "query">;

// Per-pool type parsers (not pg.types.setTypeParser, which is process-wide).
const types = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    const parser = format !== "binary" ? typeParsers[oid] : undefined;
    return parser ?? pg.types.getTypeParser(oid, format as "text");
  },
} as pg.CustomTypesConfig;

/**
 * Connections in the pool when not configured: PostgreSQL's own rule of thumb, twice the
 * cores plus one (wiki.postgresql.org, "Number Of Database Connections"), taking this
 * host's cores for the database's. More connections than that only queue inside
 * PostgreSQL: on 2 cores, 10 connections served fewer creates than 5 (docs/performance.md).
 */
export const defaultPoolSize = (cores = availableParallelism()) => 2 * cores + 1;

/**
 * Statements with parameters run as named prepared statements: PostgreSQL then
 * parses and plans each once per connection instead of on every call (issue 7's
 * throughput). The SQL texts are the code's own, so the set is small; past the cap
 * (a bug building SQL from data, say) statements simply run unnamed.
 */
const MAX_PREPARED = 1000;
const statementNames = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (name === undefined && statementNames.size < MAX_PREPARED) statementNames.set(sql, (name = `s${statementNames.size}`));
  return name;
}

async function run<T>(client: TClient, sql: string, params?: unknown[]): Promise<TStatementResult<T>> {
  try {
    const query = params?.length ? { text: sql, values: params, name: statementName(sql) } : sql;
    const raw = (await client.query(query)) as pg.QueryResult | pg.QueryResult[];
    // Several statements without parameters give one result each: keep the last rows, sum the writes.
    const results = Array.isArray(raw) ? raw : [raw];
    const last = results.at(-1);
    const affectedRows = results.reduce((sum, r) => sum + affectedRowsOf(r.command, r.rowCount), 0);
    return { rows: (last?.rows ?? []) as T[], affectedRows, command: last?.command };
  } catch (error) {
    throw toDatabaseError(error);
  }
}
const strip = <T>({ rows, affectedRows }: TStatementResult<T>): QueryResult<T> => ({ rows, affectedRows });

/**
 * PostgreSQL through a `pg` pool. Top-level queries take any pooled
 * connection; a transaction holds one dedicated client from BEGIN to
 * COMMIT/ROLLBACK. Sessions run in UTC so timestamps read like PGlite's.
 *
 * @example const db = createPostgresDatabase({ databaseUrl: "postgres://app@db/onboarding" });
 */
export function createPostgresDatabase(opts: {
  databaseUrl: string;
  /** Connections in the pool (default `defaultPoolSize()`; DATABASE_POOL_SIZE). */
  poolSize?: number;
  /** Errors of idle connections (server restart, network); default: console.error. */
  onIdleError?: (error: Error) => void;
  /** Refuse `db.query` inside `db.transaction` (default true; see transaction-scope.ts). */
  guardNestedQueries?: boolean;
}): Database {
  const pool = new pg.Pool({
    connectionString: opts.databaseUrl,
    max: opts.poolSize ?? defaultPoolSize(),
    types,
    options: "-c TimeZone=UTC",
  });
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on("error", opts.onIdleError ?? ((error) => console.error("[db] idle PostgreSQL connection failed:", error.message)));
  const scope = createTransactionScope(opts.guardNestedQueries ?? true);

  return {
    kind: "postgres",
    async query<T = Record<string, unknown>>(sql: string, params?: unknown[]) {
      scope.assertOutside("query");
      return strip(await run<T>(pool, sql, params));
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      scope.assertOutside("transaction");
      // A dedicated connection, taken when the first statement goes out (a transaction
      // of one deferred write runs it on any pooled connection: lazy-transaction.ts).
      let client: pg.PoolClient | null = null;
      let broken = false;
      // Inline arrows: under tsx, a named one (`const onClient = …`) is given its `name` on every transaction.
      const lazy = createLazyTransaction(
        async (sql, params) => {
          const connected: pg.PoolClient = client ?? (await pool.connect().catch((error: unknown) => Promise.reject(toDatabaseError(error))));
          client = connected;
          return run(connected, sql, params);
        },
        (sql, params) => run(pool, sql, params),
      );
      try {
        let result: T;
        try {
          result = await scope.enter(() => fn(lazy.tx));
          await lazy.commit();
        } catch (error) {
          // A failed ROLLBACK means the connection is unusable: drop it rather than pool it.
          await lazy.rollback().catch(() => (broken = true));
          throw error;
        }
        return result;
      } finally {
        (client as pg.PoolClient | null)?.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
