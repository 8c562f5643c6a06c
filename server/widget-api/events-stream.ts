import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { Database } from "../db/database.ts";
import type { TCustomerService } from "../customers/customer-service.ts";

export type TEventsStreamDeps = {
  db: Database;
  customers: TCustomerService;
  clock: () => Date;
  /** How often the customer is re-read; 1 s keeps "pending → approved" feeling live. */
  pollMs?: number;
  /** Comment lines that keep proxies and load balancers from closing an idle stream. */
  heartbeatMs?: number;
};

/**
 * `GET /v1/widget/events`: Server-Sent Events (WHATWG HTML §9.2) with one event
 * type, `customer`, whose data is `{ kyc, requirements }`; sent at once, then
 * whenever either changes. The widget reads it with fetch (EventSource cannot send
 * the Authorization header). The stream ends with an `expired` event when the
 * session does.
 *
 * Changes are found by polling this customer every `pollMs`, not by an in-process
 * signal: verification runs as background work that may be claimed by another
 * server process on the same PostgreSQL, which no in-memory notifier would hear.
 */
export function eventsStream({ db, customers, clock, pollMs = 1000, heartbeatMs = 15_000 }: TEventsStreamDeps) {
  return (c: Context) => {
    const session = c.get("widgetSession");
    const expiresAt = Date.parse(session.expiresAt);
    c.header("X-Accel-Buffering", "no"); // nginx would otherwise buffer the whole stream
    return streamSSE(c, async (stream) => {
      let last = "";
      let quietMs = 0;
      while (!stream.aborted && !stream.closed) {
        if (clock().getTime() >= expiresAt) {
          await stream.writeSSE({ event: "expired", data: "{}" });
          break;
        }
        const snapshot = await customers.show(db, session.customerId);
        const view = await customers.present(db, snapshot.record);
        const data = JSON.stringify({ kyc: view.kyc, requirements: view.requirements });
        if (data !== last) {
          await stream.writeSSE({ event: "customer", data });
          last = data;
          quietMs = 0;
        } else if ((quietMs += pollMs) >= heartbeatMs) {
          await stream.write(": keep-alive\n\n");
          quietMs = 0;
        }
        await stream.sleep(pollMs);
      }
    }, async (error, stream) => {
      // An erased customer or a database failure ends the stream; the widget falls back to polling.
      await stream.writeSSE({ event: "error", data: JSON.stringify({ code: (error as { code?: string }).code ?? "stream_failed" }) });
    });
  };
}
