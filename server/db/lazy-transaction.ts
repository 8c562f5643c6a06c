import type { QueryResult, Queryable } from "./database.ts";
import { commit } from "./transaction-scope.ts";

type TStatementResult = QueryResult<unknown> & { command: string | undefined };
type TRun = (sql: string, params?: unknown[]) => Promise<TStatementResult>;
type TState = { begun: boolean; queued: Array<{ sql: string; params?: unknown[] }> };

/**
 * Sends BEGIN unless sent, then the queued writes in order. Kept outside
 * `createLazyTransaction`, which runs per transaction: under tsx (`npm start`), a
 * named inner function is given its `name` anew on every call, a visible cost per create.
 */
async function begin(run: TRun, state: TState): Promise<void> {
  if (!state.begun) {
    await run("BEGIN");
    state.begun = true;
  }
  while (state.queued.length > 0) {
    const next = state.queued.shift()!;
    await run(next.sql, next.params);
  }
}

/**
 * One transaction's statements, sent as late as they can be (issue 7's throughput:
 * each statement is a round trip, and on this workload a round trip costs more
 * than the statement):
 * - BEGIN waits for the first statement that needs an answer;
 * - a write queued with `defer` goes out before the transaction's next statement,
 *   or at commit, so later statements always see it;
 * - a transaction made of a single deferred write and nothing else sends only that
 *   write, through `alone`: one statement is atomic by itself, so BEGIN and COMMIT
 *   would add two round trips and no guarantee. A create is usually exactly that.
 * A deferred write's error surfaces from the statement after it or from the commit.
 * Work outside SQL registers its undo with `onRollback`; it runs when the
 * transaction ends without committing, whether or not BEGIN was ever sent.
 */
export function createLazyTransaction(run: TRun, alone: TRun) {
  const state: TState = { begun: false, queued: [] };
  const undos: Array<() => Promise<void>> = [];

  const tx: Queryable = {
    async query<T>(sql: string, params?: unknown[]) {
      await begin(run, state);
      const { rows, affectedRows } = await run(sql, params);
      return { rows: rows as T[], affectedRows };
    },
    defer(sql, params) {
      state.queued.push({ sql, params });
    },
    onRollback(undo) {
      undos.push(undo);
    },
  };

  return {
    tx,
    async commit(): Promise<void> {
      if (!state.begun && state.queued.length <= 1) {
        const only = state.queued.shift();
        if (only) await alone(only.sql, only.params);
        return;
      }
      await begin(run, state);
      await commit(run);
    },
    /**
     * Drops what was never sent; only a started transaction needs a ROLLBACK. The undos
     * run even when ROLLBACK fails: the transaction did not commit either way.
     */
    async rollback(): Promise<void> {
      state.queued.length = 0;
      try {
        if (state.begun) await run("ROLLBACK");
      } finally {
        await Promise.all(undos.splice(0).map((undo) => undo().catch(() => undefined)));
      }
    },
  };
}
