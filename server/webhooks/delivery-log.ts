import * as z from "zod/mini";
import { issuesFromZod } from "../../core/errors/field-issue.ts";
import type { Queryable } from "../db/database.ts";
import { ApiError } from "../http/api-error.ts";

export const ZDeliveryListQuery = z.strictObject({
  status: z.optional(z.enum(["pending", "delivered", "failed"])),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  cursor: z.optional(z.string().check(z.maxLength(200))),
});

type TDeliveryRow = {
  seq: number; id: string; event_id: string; type: string; body: string; status: string; attempts: number;
  next_attempt_at: string | null; last_status_code: number | null; created_at: string; updated_at: string;
};
type TAttemptRow = { delivery_id: string; attempt: number; status_code: number | null; duration_ms: number; error: string | null; next_retry_at: string | null; attempted_at: string };

/**
 * One endpoint's deliveries, newest first, each with its whole attempt log
 * (status code, duration, error, next retry). Keyset-paged by `seq`, like
 * the customer list; unknown query parameters are a 400.
 */
export async function listDeliveries(q: Queryable, endpointId: string, query: Record<string, string>) {
  const parsed = ZDeliveryListQuery.safeParse(query);
  if (!parsed.success) {
    const fields = issuesFromZod(parsed.error);
    throw new ApiError(400, "invalid_query", `Some query parameters are invalid: ${fields.map((f) => f.path).join(", ")}.`, fields);
  }
  const { status, limit, cursor } = parsed.data;
  const after = decodeCursor(cursor);
  const { rows } = await q.query<TDeliveryRow>(
    `select d.seq, d.id, d.event_id, e.type, e.body, d.status, d.attempts, d.next_attempt_at, d.last_status_code, d.created_at, d.updated_at
       from webhook_deliveries d join webhook_events e on e.id = d.event_id
      where d.endpoint_id = $1 and ($2::text is null or d.status = $2) and ($3::bigint is null or d.seq < $3)
      order by d.seq desc limit $4`,
    [endpointId, status ?? null, after, limit + 1],
  );
  const page = rows.slice(0, limit);
  const ids = page.map((r) => r.id);
  const attempts = ids.length === 0 ? [] : (await q.query<TAttemptRow>(
    `select delivery_id, attempt, status_code, duration_ms, error, next_retry_at, attempted_at
       from webhook_attempts where delivery_id = any($1::text[]) order by attempt, id`,
    [ids],
  )).rows;
  const hasMore = rows.length > limit;
  return {
    deliveries: page.map((row) => presentDelivery(row, attempts.filter((a) => a.delivery_id === row.id))),
    hasMore,
    nextCursor: hasMore ? Buffer.from(`d1:${page.at(-1)!.seq}`).toString("base64url") : null,
  };
}

function presentDelivery(row: TDeliveryRow, attempts: TAttemptRow[]) {
  return {
    id: row.id,
    eventId: row.event_id,
    eventType: row.type,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.status === "pending" ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code,
    payload: JSON.parse(row.body) as unknown,
    attemptLog: attempts.map((a) => ({
      attempt: a.attempt,
      statusCode: a.status_code,
      durationMs: a.duration_ms,
      error: a.error,
      nextRetryAt: a.next_retry_at,
      attemptedAt: a.attempted_at,
    })),
    created: row.created_at,
    updated: row.updated_at,
  };
}

function decodeCursor(cursor: string | undefined): number | null {
  if (cursor === undefined || cursor === "") return null;
  const match = /^d1:(\d{1,18})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw new ApiError(400, "invalid_cursor", "The cursor is not one this API returned. Pass `nextCursor` from the previous page as is.");
  return Number(match[1]);
}
