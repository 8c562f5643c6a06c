import { randomBytes } from "node:crypto";
import type { Database } from "../db/database.ts";
import type { TLogger } from "../http/error-handler.ts";
import type { TVerificationJobs } from "./verification-jobs.ts";
import type { TVerificationService } from "./verification-service.ts";
import { runPeriodically } from "../workers/run-periodically.ts";

export type TVerificationWorkerDeps = {
  db: Database;
  jobs: TVerificationJobs;
  verification: TVerificationService;
  log: TLogger;
  /** How often `start()` looks for due jobs (default 1 s). */
  pollMs?: number;
  /** Jobs claimed at once (default 10). */
  batchSize?: number;
  /** Distinguishes this worker's leases from other processes' (default: random). */
  id?: string;
};

/**
 * Background verification: claims due jobs and lets the service decide them.
 * `start`/`stop` for the server (main.ts runs every worker in `app.workers`);
 * `runOnce` for tests and scripts, so nobody has to sleep.
 *
 * @example const worker = createVerificationWorker({ db, jobs, verification, log }); await worker.runOnce();
 */
export function createVerificationWorker({ db, jobs, verification, log, pollMs = 1000, batchSize = 10, id }: TVerificationWorkerDeps) {
  const workerId = id ?? `verification-${randomBytes(6).toString("hex")}`;

  /** Claims one batch and processes it; resolves to how many jobs were claimed. */
  async function runOnce(): Promise<number> {
    const claimed = await db.transaction((tx) => jobs.claim(tx, workerId, batchSize));
    for (const job of claimed) {
      try {
        await verification.processJob(job, workerId);
      } catch (error) {
        // The lease expires and another attempt picks the job up; one bad job never stops the loop.
        log.error(`verification job ${job.id} for ${job.customerId} failed`, error);
      }
    }
    return claimed.length;
  }

  const timer = runPeriodically({ everyMs: pollMs, work: runOnce, onError: (error) => log.error("verification worker: claiming jobs failed", error) });

  return {
    name: "verification",
    id: workerId,
    runOnce,
    start: timer.start,
    stop: timer.stop,
  };
}

export type TVerificationWorker = ReturnType<typeof createVerificationWorker>;
