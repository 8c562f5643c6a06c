import type { Queryable } from "../db/database.ts";

/** A job a worker holds: which customer, and how many times it was tried (this claim included). */
export type TClaimedJob = { id: number; customerId: string; attempts: number };

/** Tries before a job is given up (the customer stays `pending` for a manual review). */
export const MAX_VERIFICATION_ATTEMPTS = 6;

/**
 * The `verification_jobs` queue. Times come from the injected clock, never the
 * database's now(), so tests can move time and every process agrees on "due".
 *
 * - `claim` takes due jobs with FOR UPDATE SKIP LOCKED and gives each a lease
 *   (`locked_until`, `locked_by`); it commits at once, so the slow provider call
 *   holds no lock. A worker that dies loses its jobs when the lease passes.
 * - `holds` re-checks, in the deciding transaction, that the lease is still this
 *   worker's: a worker that was too slow and lost its job decides nothing.
 */
export function createVerificationJobs({ clock, leaseMs = 5 * 60_000 }: { clock: () => Date; leaseMs?: number }) {
  const at = (offsetMs = 0) => new Date(clock().getTime() + offsetMs).toISOString();

  return {
    /** Queues a decision for a customer; a second call while one is queued adds nothing. */
    async enqueue(tx: Queryable, customerId: string): Promise<void> {
      await tx.query(
        `insert into verification_jobs (customer_id, run_after, created_at) values ($1, $2, $2)
         on conflict (customer_id) where state = 'queued' do nothing`,
        [customerId, at()],
      );
    },

    async claim(tx: Queryable, workerId: string, limit: number): Promise<TClaimedJob[]> {
      const { rows } = await tx.query<{ id: number; customer_id: string; attempts: number }>(
        `with due as (
           select id from verification_jobs
            where state = 'queued' and run_after <= $1 and (locked_until is null or locked_until <= $1)
            order by run_after, id
            limit $3
            for update skip locked)
         update verification_jobs j set attempts = j.attempts + 1, locked_until = $2, locked_by = $4
           from due where j.id = due.id
         returning j.id, j.customer_id, j.attempts`,
        [at(), at(leaseMs), limit, workerId],
      );
      return rows.map((r) => ({ id: Number(r.id), customerId: r.customer_id, attempts: Number(r.attempts) }));
    },

    /** Locks the job and tells whether this worker still holds it. */
    async holds(tx: Queryable, jobId: number, workerId: string): Promise<boolean> {
      const { rows } = await tx.query("select id from verification_jobs where id = $1 and state = 'queued' and locked_by = $2 for update", [jobId, workerId]);
      return rows.length === 1;
    },

    /** Marks a job done (decided, or nothing left to decide). */
    async finish(tx: Queryable, jobId: number, note: string | null = null): Promise<void> {
      await tx.query(
        "update verification_jobs set state = 'done', completed_at = $2, locked_until = null, last_error = coalesce($3, last_error) where id = $1",
        [jobId, at(), note],
      );
    },

    /**
     * After a failed attempt: back in the queue with exponential backoff (30 s,
     * 1 min, 2 min, … with jitter), or `failed` after MAX_VERIFICATION_ATTEMPTS.
     */
    async retry(tx: Queryable, job: TClaimedJob, error: string): Promise<"queued" | "failed"> {
      const failed = job.attempts >= MAX_VERIFICATION_ATTEMPTS;
      const delay = 30_000 * 2 ** (job.attempts - 1) * (0.8 + Math.random() * 0.4);
      await tx.query(
        `update verification_jobs set state = $2, run_after = $3, locked_until = null, locked_by = null, last_error = $4,
                completed_at = case when $2 = 'failed' then $5::timestamptz else null end
          where id = $1`,
        [job.id, failed ? "failed" : "queued", at(delay), error.slice(0, 1000), at()],
      );
      return failed ? "failed" : "queued";
    },
  };
}

export type TVerificationJobs = ReturnType<typeof createVerificationJobs>;
