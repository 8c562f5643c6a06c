import type { TCustomerRecord } from "../../core/customer/customer-record.ts";
import { customerEventsFor, subscribesTo, summarizeCustomer } from "../../core/webhooks/customer-events.ts";
import type { TWebhookCustomer, TWebhookEvent } from "../../core/webhooks/events.ts";
import { newId } from "../customers/customer-service.ts";
import type { Queryable } from "../db/database.ts";
import type { TEndpointDirectory } from "./endpoint-directory.ts";
import { GIVE_UP_AFTER_MS } from "./retry-schedule.ts";

/** The customer's current requirements as the API shows them (documents and acceptances included). */
export type TRequirementsOf = (tx: Queryable, record: TCustomerRecord) => Promise<string[]>;

export type TWebhookOutboxDeps = { clock: () => Date; requirementsOf: TRequirementsOf; endpoints: Pick<TEndpointDirectory, "enabled"> };

/**
 * What the customer service tells its `onChange` listener. `requirements`, when
 * the service provides them, are the due paths computed with the documents on
 * file before and after the change; otherwise `requirementsOf` computes them.
 */
export type TCustomerChange = {
  before: TCustomerRecord | null;
  after: TCustomerRecord | null;
  requirements?: { before: string[] | null; after: string[] | null };
};

/**
 * The transactional outbox (microservices.io "Transactional outbox"): events and
 * their deliveries are rows written in the transaction that changes the
 * customer. They commit with the change or vanish with it, so a rolled-back
 * change never emits, and a committed one is never lost, even if the process
 * dies right after COMMIT: the dispatcher finds the rows and sends them.
 *
 * @example
 * const outbox = createWebhookOutbox({ clock, requirementsOf: async (tx, r) => (await customers.present(tx, r)).requirements, endpoints: createEndpointDirectory({ maxAgeMs: Infinity }) });
 * createCustomerService({ …, onChange: outbox.recordCustomerChange });
 */
export function createWebhookOutbox({ clock, requirementsOf, endpoints: directory }: TWebhookOutboxDeps) {
  /** Compares with the last state events were computed from, so requirement changes from documents count too. */
  async function previousSummary(tx: Queryable, id: string, change: TCustomerChange): Promise<TWebhookCustomer | null> {
    const { rows } = await tx.query<{ summary: TWebhookCustomer }>("select summary from webhook_customer_state where customer_id = $1", [id]);
    if (rows[0]) return rows[0].summary;
    if (!change.before) return null;
    return summarizeCustomer(change.before, change.requirements?.before ?? (await requirementsOf(tx, change.before)));
  }

  async function remember(tx: Queryable, id: string, current: TWebhookCustomer | null): Promise<void> {
    if (current === null) {
      await tx.query("delete from webhook_customer_state where customer_id = $1", [id]);
      return;
    }
    await tx.query(
      `insert into webhook_customer_state (customer_id, summary) values ($1, $2::jsonb)
       on conflict (customer_id) do update set summary = excluded.summary`,
      [id, JSON.stringify(current)],
    );
  }

  /** The customer service's `onChange` listener: runs inside the change's transaction. */
  async function recordCustomerChange(tx: Queryable, change: TCustomerChange): Promise<void> {
    const id = change.after?.id ?? change.before?.id;
    if (!id) return;
    const endpoints = await directory.enabled(tx);
    // Nobody listens at all: keep no state either (the common case without webhooks costs
    // no statement at all). When an endpoint appears, a customer's first event is computed
    // from the change's own `before`, as for any customer without a remembered state.
    if (endpoints.length === 0) return;
    const current = change.after ? summarizeCustomer(change.after, change.requirements?.after ?? (await requirementsOf(tx, change.after))) : null;
    const previous = await previousSummary(tx, id, change);
    await remember(tx, id, current);

    const drafts = customerEventsFor(previous, current);
    if (drafts.length === 0) return;
    const now = clock();
    const giveUpAt = new Date(now.getTime() + GIVE_UP_AFTER_MS).toISOString();
    for (const draft of drafts) {
      const targets = endpoints.filter((endpoint) => subscribesTo(endpoint.events, draft.type));
      // Nobody listens: store nothing (a new endpoint receives changes made after it was created).
      if (targets.length === 0) continue;
      const event: TWebhookEvent = { id: newId("evt"), type: draft.type, timestamp: now.toISOString(), data: draft.data };
      await tx.query("insert into webhook_events (id, type, customer_id, body, created_at) values ($1, $2, $3, $4, $5)", [
        event.id, event.type, id, JSON.stringify(event), event.timestamp,
      ]);
      // Joined with the endpoints as they are now: the directory may remember one removed or
      // disabled since (another process, PostgreSQL); it gets no delivery. The key-share lock
      // waits for an endpoint being deleted right now and then skips it: without it, the
      // delete committing between this statement's snapshot and its foreign-key check made
      // the customer's write fail.
      await tx.query(
        `insert into webhook_deliveries (id, endpoint_id, event_id, next_attempt_at, give_up_at, created_at, updated_at)
         select t.id, t.endpoint_id, $3, $4, $5, $4, $4 from unnest($1::text[], $2::text[]) as t (id, endpoint_id)
           join webhook_endpoints e on e.id = t.endpoint_id and e.status = 'enabled'
         for key share of e`,
        [targets.map(() => newId("delivery")), targets.map((t) => t.id), event.id, event.timestamp, giveUpAt],
      );
    }
  }

  return { recordCustomerChange };
}

export type TWebhookOutbox = ReturnType<typeof createWebhookOutbox>;
