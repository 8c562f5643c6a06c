import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { createGuardedFetch } from "../../../server/webhooks/guarded-fetch.ts";
import { openTestDatabase } from "../../support/databases.ts";
import { startReceiver, type TReceiver } from "./receiver.ts";
import { createWebhookKit } from "./webhook-test-kit.ts";

describe("SSRF guard at send time", () => {
  let db: Database;
  let receiver: TReceiver;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });

  it("re-resolves before each attempt: a host that moved to loopback after creation is refused and logged", async () => {
    let answer = "93.184.215.14";
    const kit = createWebhookKit(db, { allowPrivateTargets: false, resolve: async () => [{ address: answer, family: 4 }] });
    const res = await kit.api.call("POST", "/v1/webhook", { body: { url: `http://rebinding.example:${receiver.port}/hooks`, events: ["*"] } });
    expect(res.status).toBe(200);
    answer = "127.0.0.1";
    await kit.api.call("POST", "/v1/customer", { body: {} });
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 0 });
    expect(receiver.received).toEqual([]);
    const [delivery] = await kit.deliveries(res.body.data.webhook.id);
    expect(delivery.status).toBe("pending");
    expect(delivery.attemptLog[0]).toMatchObject({ statusCode: null, error: expect.stringMatching(/^Refused: .*127\.0\.0\.1 is a loopback/) });
  });

  it("checks the address actually connected to (DNS rebinding), and follows no redirects", async () => {
    const guarded = createGuardedFetch({ allowPrivate: false });
    const init = { method: "POST" as const, headers: {}, body: "{}", redirect: "manual" as const, signal: AbortSignal.timeout(5000) };
    await expect(guarded(`http://localhost:${receiver.port}/hooks`, init)).rejects.toMatchObject({ code: "ERR_WEBHOOK_ADDRESS_NOT_ALLOWED" });
    expect(receiver.received).toEqual([]);
    const open = createGuardedFetch({ allowPrivate: true });
    receiver.state.secrets = ["whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"];
    // Unsigned: the receiver refuses it with 400, which is what arrives.
    await expect(open(`http://localhost:${receiver.port}/hooks`, init)).resolves.toEqual({ status: 400 });
  });
});
