import type { Database } from "../db/database.ts";
import type { TLogger } from "../http/error-handler.ts";
import type { THandoffStore } from "../handoff/handoff-store.ts";
import type { TSessionStore } from "../sessions/session-store.ts";
import { runPeriodically } from "../workers/run-periodically.ts";

export type TExpirySweeperDeps = {
  db: Database;
  clock: () => Date;
  log: TLogger;
  /** Deletes idempotency keys past their 24 hours (idempotency.ts). */
  sweepIdempotencyKeys: () => Promise<number>;
  sessions: TSessionStore;
  handoffs: THandoffStore;
  /** How often `start()` sweeps (default hourly). */
  everyMs?: number;
};

export type TSweepCounts = { idempotencyKeys: number; sessions: number; handoffs: number };

/**
 * Deletes what has outlived its use: idempotency keys after 24 hours, widget sessions
 * and handoff links a day after they expired. Without it these tables only grow, and a
 * client secret's hash stays in the database long after it could open anything.
 * A worker like the others (main.ts starts every one in `app.workers`); `runOnce`
 * for tests. Each sweep is one DELETE on an indexed `expires_at` / `created_at`.
 *
 * @example const sweeper = createExpirySweeper({ db, clock, log, sweepIdempotencyKeys, sessions, handoffs }); await sweeper.runOnce();
 */
export function createExpirySweeper({ db, clock, log, sweepIdempotencyKeys, sessions, handoffs, everyMs = 60 * 60 * 1000 }: TExpirySweeperDeps) {
  async function runOnce(): Promise<TSweepCounts> {
    const idempotencyKeys = await sweepIdempotencyKeys();
    const now = clock();
    // Sessions first: a used handoff link goes once its session has.
    const widget = await db.transaction(async (tx) => {
      const sessionCount = await sessions.sweep(tx, now);
      return { sessions: sessionCount, handoffs: await handoffs.sweep(tx, now) };
    });
    return { idempotencyKeys, ...widget };
  }

  // At start too: a server restarted after a long stop sweeps now, not an hour from now.
  const timer = runPeriodically({ everyMs, work: runOnce, onError: (error) => log.error("expiry sweep failed", error) });

  return {
    name: "expiry-sweeper",
    runOnce,
    start: timer.start,
    stop: timer.stop,
  };
}

export type TExpirySweeper = ReturnType<typeof createExpirySweeper>;
