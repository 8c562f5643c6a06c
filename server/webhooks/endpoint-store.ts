import type { TWebhookEventFilter } from "../../core/webhooks/events.ts";
import type { Queryable } from "../db/database.ts";

/** A `webhook_endpoints` row; the secrets are field-cipher ciphertexts. */
export type TEndpointRow = {
  id: string;
  url: string;
  events: TWebhookEventFilter[];
  description: string | null;
  status: "enabled" | "disabled";
  disabled_reason: string | null;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: string | null;
  created_at: string;
  updated_at: string;
};

const COLUMNS = "id, url, events, description, status, disabled_reason, secret, previous_secret, previous_secret_expires_at, created_at, updated_at";

/**
 * SQL for webhook endpoints, nothing else: rules live in the routes and the
 * dispatcher. Every function takes the caller's transaction (or the database).
 */
export const endpointStore = {
  async insert(q: Queryable, row: Pick<TEndpointRow, "id" | "url" | "events" | "description" | "secret">, now: string): Promise<TEndpointRow> {
    const { rows } = await q.query<TEndpointRow>(
      `insert into webhook_endpoints (id, url, events, description, secret, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $6, $6) returning ${COLUMNS}`,
      [row.id, row.url, row.events, row.description, row.secret, now],
    );
    return rows[0]!;
  },

  async list(q: Queryable): Promise<TEndpointRow[]> {
    return (await q.query<TEndpointRow>(`select ${COLUMNS} from webhook_endpoints order by created_at desc, id`)).rows;
  },

  async get(q: Queryable, id: string, forUpdate = false): Promise<TEndpointRow | null> {
    const { rows } = await q.query<TEndpointRow>(`select ${COLUMNS} from webhook_endpoints where id = $1${forUpdate ? " for update" : ""}`, [id]);
    return rows[0] ?? null;
  },

  /** Deletes the endpoint with its deliveries and attempt log (cascade). */
  async remove(q: Queryable, id: string): Promise<boolean> {
    return (await q.query("delete from webhook_endpoints where id = $1", [id])).affectedRows > 0;
  },

  async update(q: Queryable, id: string, set: Partial<Pick<TEndpointRow, "url" | "events" | "description" | "status" | "disabled_reason" | "secret" | "previous_secret" | "previous_secret_expires_at">>, now: string): Promise<TEndpointRow | null> {
    const entries = Object.entries(set).filter(([, value]) => value !== undefined);
    const assignments = entries.map(([column], i) => `${column} = $${i + 3}`);
    const { rows } = await q.query<TEndpointRow>(
      `update webhook_endpoints set ${[...assignments, "updated_at = $2"].join(", ")} where id = $1 returning ${COLUMNS}`,
      [id, now, ...entries.map(([, value]) => value)],
    );
    return rows[0] ?? null;
  },

  /** Enabled endpoints subscribed to `type` (listed, or `*`). */
  async subscribedTo(q: Queryable, type: string): Promise<string[]> {
    const { rows } = await q.query<{ id: string }>(
      `select id from webhook_endpoints where status = 'enabled' and ($1 = any(events) or '*' = any(events)) order by id`,
      [type],
    );
    return rows.map((r) => r.id);
  },
};

/** The endpoint as the API shows it: never its secret (that is shown once, on create and rotate). */
export function presentEndpoint(row: TEndpointRow, now: Date) {
  const previousValid = row.previous_secret_expires_at !== null && new Date(row.previous_secret_expires_at) > now;
  return {
    id: row.id,
    url: row.url,
    events: row.events,
    description: row.description,
    status: row.status,
    disabledReason: row.disabled_reason,
    previousSecretExpiresAt: previousValid ? row.previous_secret_expires_at : null,
    created: row.created_at,
    updated: row.updated_at,
  };
}
