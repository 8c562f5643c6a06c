import type { Database } from "../../../server/db/database.ts";
import type { TWebhookDispatcher } from "../../../server/webhooks/dispatcher.ts";
import type { TWebhookOptions } from "../../../server/webhooks/webhooks.ts";
import { createApiHarness } from "../api-harness.ts";
import type { TReceiver } from "./receiver.ts";

/** The fixed start of every webhook test; `advance` moves it (no sleeping). */
export const T0 = new Date("2026-01-15T10:00:00.000Z");

/**
 * The API harness with webhooks on: loopback receivers allowed, jitter fixed at
 * its middle (random 0.5 = the schedule's exact delays), a clock the test moves,
 * and the app's own dispatcher, driven by `runOnce()` instead of timers.
 */
export function createWebhookKit(db: Database, options: TWebhookOptions = {}) {
  let now = T0;
  const api = createApiHarness(db, { webhooks: { allowPrivateTargets: true, random: () => 0.5, ...options } });
  api.setNow(now);
  const dispatcher = api.app.workers.find((w) => w.name === "webhook-dispatcher") as TWebhookDispatcher;
  return {
    api,
    dispatcher,
    now: () => now,
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
      api.setNow(now);
    },
    /** Registers `receiver` for `events` and gives it the secret. */
    async subscribe(receiver: TReceiver, events: string[] = ["*"]) {
      const res = await api.call("POST", "/v1/webhook", { body: { url: receiver.url, events } });
      if (res.status !== 200) throw new Error(`subscribe failed: ${res.text}`);
      receiver.state.secrets = [res.body.data.webhook.secret];
      return res.body.data.webhook as { id: string; secret: string };
    },
    async deliveries(endpointId: string) {
      const res = await api.call("GET", `/v1/webhook/${endpointId}/deliveries?limit=100`);
      return res.body.data.deliveries as any[];
    },
  };
}
