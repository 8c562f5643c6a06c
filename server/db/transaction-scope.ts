import { AsyncLocalStorage } from "node:async_hooks";
import { DatabaseError } from "./database-error.ts";

/**
 * Remembers, per async call chain, which database a transaction callback
 * belongs to. Calling `db.query` or `db.transaction` from inside
 * `db.transaction(fn)` is always a bug: the statement runs outside the
 * transaction (PostgreSQL: on another connection; it may even wait on the
 * transaction's own locks) or, on PGlite, waits forever for the transaction
 * mutex. Both drivers refuse it with the same error, so a test on either
 * catches it.
 *
 * The check costs every request, not only those that run a transaction: on Node 20 an
 * AsyncLocalStorage, once used, turns on promise hooks for the whole process, and a
 * create then took 1.6× the CPU (issue 7). It is a test of our own code, not of
 * anyone's input, so development and the test suites run it and production doesn't
 * (`guardNestedQueries`, off when NODE_ENV=production).
 */
export type TTransactionScope = {
  /** Runs `fn` marked as inside a transaction of this database. */
  enter<T>(fn: () => Promise<T>): Promise<T>;
  /** Throws DatabaseError "nested_query" when called from inside a transaction callback. */
  assertOutside(what: "query" | "transaction"): void;
};

/** One scope per open database; `enabled: false` checks nothing and costs nothing. */
export function createTransactionScope(enabled = true): TTransactionScope {
  if (!enabled) return { enter: (fn) => fn(), assertOutside: () => {} };
  const storage = new AsyncLocalStorage<true>();
  return {
    enter: (fn) => storage.run(true, fn),
    assertOutside(what) {
      if (storage.getStore()) {
        throw new DatabaseError(
          `db.${what}() called inside db.transaction(): use the transaction's tx.query() instead`,
          { code: "nested_query" },
        );
      }
    },
  };
}

/**
 * Sends COMMIT and checks that it committed. When a statement inside the
 * transaction failed and the callback swallowed the error, PostgreSQL answers
 * COMMIT with "ROLLBACK" and no error; the caller would otherwise believe its
 * writes were saved. Reported as SQLSTATE 25P02 (in_failed_sql_transaction).
 */
export async function commit(run: (sql: string) => Promise<{ command: string | undefined }>): Promise<void> {
  const { command } = await run("COMMIT");
  if (command === "ROLLBACK") {
    throw new DatabaseError("transaction was rolled back: a statement inside it failed", { code: "25P02" });
  }
}
