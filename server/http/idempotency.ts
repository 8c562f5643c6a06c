import { createHash } from "node:crypto";
import type { Context } from "hono";
import type { Database, Queryable } from "../db/database.ts";
import { ApiError } from "./api-error.ts";

/** What a state-changing handler produces; stored whole so a retry gets the same bytes back. */
export type TStoredResponse = { status: number; body: unknown; headers?: Record<string, string> };

/** Keys live 24 hours (Stripe, IETF draft "The Idempotency-Key HTTP Header Field"). */
export const IDEMPOTENCY_TTL_HOURS = 24;
const MAX_KEY_LENGTH = 255;

/**
 * Runs a state-changing handler at most once per `Idempotency-Key`.
 *
 * - The key row and the stored response commit in the same transaction as the
 *   change (brandur.org), so a crash never leaves one without the other.
 * - A retry with the same key and body replays the stored response; the same key
 *   with another body is a 422; a duplicate arriving while the first still runs
 *   is a 409 (an in-process set catches it here, an advisory lock across processes
 *   sharing one PostgreSQL).
 * - Only successful responses are stored: a refused request changed nothing, so
 *   retrying it is safe and may succeed once the client fixes it.
 */
export function createIdempotency(db: Database) {
  const inFlight = new Set<string>();

  async function run(c: Context, scope: string, work: (tx: Queryable) => Promise<TStoredResponse>): Promise<Response> {
    const key = c.req.header("Idempotency-Key");
    if (key === undefined) return respond(c, await db.transaction(work));
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new ApiError(400, "invalid_idempotency_key", `Idempotency-Key must be 1 to ${MAX_KEY_LENGTH} characters.`);
    }
    const hash = requestHash(c.req.method, c.req.path, await c.req.text());
    const slot = JSON.stringify([scope, key]);
    if (inFlight.has(slot)) throw inUse();
    inFlight.add(slot);
    try {
      const { response, replayed } = await db.transaction(async (tx) => {
        if (db.kind === "postgres") {
          const lock = await tx.query<{ ok: boolean }>("select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as ok", [slot]);
          if (!lock.rows[0]?.ok) throw inUse();
        }
        const previous = await tx.query<{ request_hash: string; status_code: number; response_body: TStoredResponse }>(
          `select request_hash, status_code, response_body from idempotency_keys
            where scope = $1 and key = $2 and created_at > now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`,
          [scope, key],
        );
        const stored = previous.rows[0];
        if (stored) {
          if (stored.request_hash !== hash) {
            throw new ApiError(422, "idempotency_key_reused", "This Idempotency-Key was already used with a different request. Use a new key for a new request.");
          }
          return { response: stored.response_body, replayed: true };
        }
        const fresh = await work(tx);
        if (fresh.status < 300) {
          // An expired row with the same key may still be there until the sweep removes it.
          await tx.query("delete from idempotency_keys where scope = $1 and key = $2", [scope, key]);
          await tx.query(
            `insert into idempotency_keys (scope, key, request_method, request_path, request_hash, status_code, response_body)
             values ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
            [scope, key, c.req.method, c.req.path, hash, fresh.status, JSON.stringify(fresh)],
          );
        }
        return { response: fresh, replayed: false };
      });
      if (replayed) c.header("Idempotent-Replayed", "true");
      return respond(c, response);
    } finally {
      inFlight.delete(slot);
    }
  }

  /** Removes keys past their lifetime; run periodically by the server. */
  async function sweep(): Promise<number> {
    const result = await db.query(`delete from idempotency_keys where created_at <= now() - interval '${IDEMPOTENCY_TTL_HOURS} hours'`);
    return result.affectedRows;
  }

  return { run, sweep };
}

function respond(c: Context, stored: TStoredResponse): Response {
  for (const [name, value] of Object.entries(stored.headers ?? {})) c.header(name, value);
  return c.json(stored.body as object, stored.status as 200);
}

function inUse(): ApiError {
  return new ApiError(409, "idempotency_key_in_use", "A request with this Idempotency-Key is still being processed. Retry after it completes.");
}

/** Same method, path and JSON content give the same hash, whatever the key order or whitespace. */
function requestHash(method: string, path: string, body: string): string {
  let canonical = body;
  try {
    canonical = body.trim() === "" ? "{}" : canonicalJson(JSON.parse(body));
  } catch {
    // Malformed JSON is refused by the handler; hash the raw text meanwhile.
  }
  return createHash("sha256").update(`${method}\n${path}\n${canonical}`).digest("hex");
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
