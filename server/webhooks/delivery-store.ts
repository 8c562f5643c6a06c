import type { Database, Queryable } from "../db/database.ts";

/** A delivery claimed by one dispatcher, with what it needs to send it. */
export type TClaimedDelivery = {
  id: string;
  event_id: string;
  body: string;
  /** This attempt's number (1 = first). */
  attempt: number;
  give_up_at: string;
  endpoint_id: string;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
};

/** The outcome of one attempt, as logged. */
export type TAttemptOutcome = { statusCode: number | null; durationMs: number; error: string | null; nextRetryAt: Date | null; attemptedAt: Date };

export const LEASE_EXPIRED_ERROR = "No result: the sending process stopped before recording one (its lease expired). Retrying.";

/**
 * Claims up to `limit` due deliveries for `leaseUntil`. `FOR UPDATE SKIP LOCKED`
 * makes concurrent claimers (several server processes on one PostgreSQL) take
 * disjoint rows without waiting; the lease keeps the rows theirs after COMMIT
 * while they send, and hands them to someone else if they crash.
 */
export async function claimDueDeliveries(db: Database, opts: { now: Date; leaseUntil: Date; token: string; limit: number }): Promise<TClaimedDelivery[]> {
  const now = opts.now.toISOString();
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<TClaimedDelivery & { attempts: number; locked_until: string | null }>(
      `select d.id, d.event_id, e.body, d.attempts, d.locked_until, d.give_up_at, ep.id as endpoint_id, ep.url,
              ep.secret, ep.previous_secret, ep.previous_secret_expires_at
         from webhook_deliveries d
         join webhook_endpoints ep on ep.id = d.endpoint_id
         join webhook_events e on e.id = d.event_id
        where d.status = 'pending' and d.next_attempt_at <= $1
          and (d.locked_until is null or d.locked_until <= $1) and ep.status = 'enabled'
        order by d.next_attempt_at, d.seq
        limit $2
        for update of d skip locked`,
      [now, opts.limit],
    );
    if (rows.length === 0) return [];
    // A lease that ran out means a dispatcher claimed the row and never finished: log that attempt honestly.
    for (const stale of rows.filter((r) => r.locked_until !== null)) {
      await tx.query(
        `insert into webhook_attempts (delivery_id, attempt, status_code, duration_ms, error, next_retry_at, attempted_at)
         values ($1, $2, null, 0, $3, $4, $5)`,
        [stale.id, stale.attempts, LEASE_EXPIRED_ERROR, now, stale.locked_until],
      );
    }
    await tx.query(
      `update webhook_deliveries set attempts = attempts + 1, locked_until = $2, lease_token = $3, updated_at = $4 where id = any($1::text[])`,
      [rows.map((r) => r.id), opts.leaseUntil.toISOString(), opts.token, now],
    );
    return rows.map(({ attempts, locked_until: _, ...row }) => ({ ...row, attempt: attempts + 1 }));
  });
}

/**
 * Logs one attempt and moves the delivery on, only if this dispatcher still
 * holds the lease (else another one took over: its result is the one kept).
 * A 410 Gone also disables the endpoint (Standard Webhooks: stop sending).
 */
export async function finishAttempt(
  db: Database,
  claim: TClaimedDelivery & { token: string },
  outcome: TAttemptOutcome & { status: "pending" | "delivered" | "failed"; disableEndpoint: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    const at = outcome.attemptedAt.toISOString();
    await tx.query(
      `insert into webhook_attempts (delivery_id, attempt, status_code, duration_ms, error, next_retry_at, attempted_at)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [claim.id, claim.attempt, outcome.statusCode, outcome.durationMs, outcome.error, outcome.nextRetryAt?.toISOString() ?? null, at],
    );
    const owned = await tx.query(
      `update webhook_deliveries set status = $3, next_attempt_at = $4, last_status_code = $5, locked_until = null, lease_token = null, updated_at = $6
        where id = $1 and lease_token = $2`,
      [claim.id, claim.token, outcome.status, outcome.nextRetryAt?.toISOString() ?? null, outcome.statusCode, at],
    );
    if (owned.affectedRows > 0 && outcome.disableEndpoint) {
      await tx.query("update webhook_endpoints set status = 'disabled', disabled_reason = 'gone', updated_at = $2 where id = $1", [claim.endpoint_id, at]);
    }
  });
}

/** Puts a delivery back in the queue now (`POST …/retry`); a finished one gets this single attempt, no new schedule. */
export async function requeueDelivery(q: Queryable, endpointId: string, deliveryId: string, now: Date): Promise<"requeued" | "in_flight" | "not_found"> {
  const at = now.toISOString();
  const { rows } = await q.query<{ status: string; locked_until: string | null }>(
    "select status, locked_until from webhook_deliveries where id = $1 and endpoint_id = $2 for update",
    [deliveryId, endpointId],
  );
  const row = rows[0];
  if (!row) return "not_found";
  if (row.locked_until !== null && new Date(row.locked_until) > now) return "in_flight";
  await q.query(
    `update webhook_deliveries
        set give_up_at = case when status = 'pending' then give_up_at else $3::timestamptz end,
            status = 'pending', next_attempt_at = $3, locked_until = null, lease_token = null, updated_at = $3
      where id = $1 and endpoint_id = $2`,
    [deliveryId, endpointId, at],
  );
  return "requeued";
}
