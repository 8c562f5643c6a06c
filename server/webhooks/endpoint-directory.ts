import type { TWebhookEventFilter } from "../../core/webhooks/events.ts";
import type { Queryable } from "../db/database.ts";

export type TListeningEndpoint = { id: string; events: TWebhookEventFilter[] };

export type TEndpointDirectoryOptions = {
  /**
   * How long a read of the enabled endpoints is trusted. `Infinity` where this
   * process is the database's only writer (PGlite): every endpoint change then
   * goes through `forget()`, so the memory is exact. With PostgreSQL, other
   * processes may change endpoints too: they are seen within this time.
   */
  maxAgeMs: number;
  now?: () => number;
};

/**
 * Who listens: the enabled webhook endpoints and their event filters, kept in
 * memory. Every customer write asks it, inside its transaction, and reading the
 * table each time was one more statement in every write (issue 7's throughput).
 *
 * Endpoint writes call `forget()` inside their transaction and again once it has
 * committed: a read that overlapped the change (another connection, PostgreSQL)
 * is never kept, since `forget()` bumps a generation the read is checked against.
 * A removed or disabled endpoint never gets a delivery from a stale memory either:
 * the outbox inserts deliveries only for endpoints still enabled in the same statement.
 */
export function createEndpointDirectory({ maxAgeMs, now = Date.now }: TEndpointDirectoryOptions) {
  let generation = 0;
  let known: { endpoints: TListeningEndpoint[]; readAt: number } | null = null;

  return {
    async enabled(tx: Queryable): Promise<TListeningEndpoint[]> {
      if (known && now() - known.readAt < maxAgeMs) return known.endpoints;
      const readAt = now();
      const startedAt = generation;
      const { rows } = await tx.query<TListeningEndpoint>("select id, events from webhook_endpoints where status = 'enabled' order by id");
      if (startedAt === generation) known = { endpoints: rows, readAt };
      return rows;
    },

    /** An endpoint was created, changed, disabled or removed. */
    forget(): void {
      generation++;
      known = null;
    },
  };
}

export type TEndpointDirectory = ReturnType<typeof createEndpointDirectory>;
