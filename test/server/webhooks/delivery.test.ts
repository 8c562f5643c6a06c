import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZWebhookEvent } from "../../../core/webhooks/events.ts";
import { createCustomerService } from "../../../server/customers/customer-service.ts";
import { createCustomerStore } from "../../../server/customers/customer-store.ts";
import type { Database } from "../../../server/db/database.ts";
import { createEndpointDirectory } from "../../../server/webhooks/endpoint-directory.ts";
import { createWebhookOutbox } from "../../../server/webhooks/outbox.ts";
import { presentCustomer } from "../../../server/customers/present-customer.ts";
import { databaseKinds, openTestDatabase, resetDatabase } from "../../support/databases.ts";
import { SEED_CREATE_BODY } from "../api-harness.ts";
import { startReceiver, type TReceiver } from "./receiver.ts";
import { createWebhookKit, T0 } from "./webhook-test-kit.ts";

const PII = ["John", "Doe", "johndoe", "Main St", "San Francisco", "4155550123", "123-45-6789", "123456789"];
const SUMMARY_KEYS = ["additionalReviewRequiredReason", "deleted", "euAccountTos", "id", "isProhibitedBusinessType", "kyc", "mock", "msa", "requirements", "status", "tos", "type"];

describe.each(databaseKinds)("webhook delivery on %s", (kind) => {
  let db: Database;
  let receiver: TReceiver;
  let kit: ReturnType<typeof createWebhookKit>;
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    receiver = await startReceiver({ now: () => kit.now() });
  });
  afterAll(async () => {
    await receiver.close();
    await db.close();
  });
  beforeEach(async () => {
    await resetDatabase(db);
    kit = createWebhookKit(db);
    receiver.received.length = 0;
    receiver.unverified.length = 0;
    receiver.state.answer = () => 200;
  });

  it("signs every event so standardwebhooks verifies it: created, updated + requirements.updated, deleted; no PII", async () => {
    await kit.subscribe(receiver);
    const created = await kit.api.call("POST", "/v1/customer", { body: SEED_CREATE_BODY });
    const id = created.body.data.customer.id;
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 1 });
    await kit.api.call("POST", `/v1/customer/${id}`, { body: { ssn: "123-45-6789" } });
    await kit.dispatcher.runOnce();
    await kit.api.call("DELETE", `/v1/customer/${id}`);
    await kit.dispatcher.runOnce();

    expect(receiver.unverified).toEqual([]);
    expect(receiver.typesOf(id).sort()).toEqual(["customer.created", "customer.deleted", "customer.requirements.updated", "customer.updated"]);
    for (const hit of receiver.received) {
      expect(hit.headers["content-type"]).toBe("application/json");
      expect(hit.headers["webhook-id"]).toBe(hit.event.id);
      expect(hit.headers["webhook-timestamp"]).toBe(String(kit.now().getTime() / 1000));
      expect(hit.headers["webhook-signature"]).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(ZWebhookEvent.safeParse(hit.event).success).toBe(true);
      expect(Object.keys(hit.event.data.customer).sort()).toEqual(SUMMARY_KEYS);
      for (const value of PII) expect(hit.body).not.toContain(value);
    }
    const update = receiver.received.find((r) => r.type === "customer.requirements.updated")!;
    expect(update.event.data.previous.requirements).toContain("ssn");
    expect(update.event.data.customer.requirements).not.toContain("ssn");
    expect(receiver.received.find((r) => r.type === "customer.deleted")!.event.data.customer).toMatchObject({ id, deleted: true });
  });

  it("retries after a 500 on the schedule (5 s, then 5 min), same webhook-id, each attempt logged", async () => {
    const endpoint = await kit.subscribe(receiver, ["customer.created"]);
    receiver.state.answer = (_event, attempt) => (attempt < 3 ? 500 : 200);
    await kit.api.call("POST", "/v1/customer", { body: {} });
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 0 });
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 0, delivered: 0 }); // not due yet
    kit.advance(5_000);
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 0 });
    kit.advance(4 * 60_000);
    expect((await kit.dispatcher.runOnce()).attempted).toBe(0);
    kit.advance(60_000);
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 1 });

    expect(receiver.unverified).toEqual([]);
    expect(receiver.received.map((r) => r.answered)).toEqual([500, 500, 200]);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);
    const [delivery] = await kit.deliveries(endpoint.id);
    expect(delivery).toMatchObject({ status: "delivered", attempts: 3, lastStatusCode: 200, nextAttemptAt: null, eventType: "customer.created" });
    expect(delivery.attemptLog.map((a: any) => [a.attempt, a.statusCode, a.nextRetryAt])).toEqual([
      [1, 500, new Date(T0.getTime() + 5_000).toISOString()],
      [2, 500, new Date(T0.getTime() + 5_000 + 5 * 60_000).toISOString()],
      [3, 200, null],
    ]);
    expect(delivery.attemptLog[0].error).toBe("The receiver answered 500.");
    for (const a of delivery.attemptLog) expect(a.durationMs).toBeGreaterThanOrEqual(0);
  });

  it("gives up after about 3 days of failures (status failed), then a manual retry sends it once more", async () => {
    const endpoint = await kit.subscribe(receiver, ["customer.created"]);
    receiver.state.answer = () => 503;
    await kit.api.call("POST", "/v1/customer", { body: {} });
    for (let round = 0; round < 20; round++) {
      await kit.dispatcher.runOnce();
      const [delivery] = await kit.deliveries(endpoint.id);
      if (delivery.status !== "pending") break;
      kit.advance(new Date(delivery.nextAttemptAt).getTime() - kit.now().getTime());
    }
    const [failed] = await kit.deliveries(endpoint.id);
    expect(failed.status).toBe("failed");
    expect(failed.attempts).toBe(12);
    const hours = (kit.now().getTime() - T0.getTime()) / 3_600_000;
    expect(hours).toBeGreaterThan(60);
    expect(hours).toBeLessThan(72);

    receiver.state.answer = () => 200;
    const retry = await kit.api.call("POST", `/v1/webhook/${endpoint.id}/deliveries/${failed.id}/retry`, { headers: { "Idempotency-Key": "r1" } });
    expect(retry.status).toBe(202);
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 1 });
    const missing = await kit.api.call("POST", `/v1/webhook/${endpoint.id}/deliveries/delivery_nope/retry`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("delivery_not_found");
  });

  it("disables the endpoint on 410 Gone: no more deliveries until it is enabled again", async () => {
    const endpoint = await kit.subscribe(receiver);
    receiver.state.answer = () => 410;
    await kit.api.call("POST", "/v1/customer", { body: {} });
    await kit.dispatcher.runOnce();
    const after = await kit.api.call("GET", `/v1/webhook/${endpoint.id}`);
    expect(after.body.data.webhook).toMatchObject({ status: "disabled", disabledReason: "gone" });
    const [delivery] = await kit.deliveries(endpoint.id);
    expect(delivery.status).toBe("failed");

    await kit.api.call("POST", "/v1/customer", { body: {} });
    expect((await kit.dispatcher.runOnce()).attempted).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const refused = await kit.api.call("POST", `/v1/webhook/${endpoint.id}/deliveries/${delivery.id}/retry`);
    expect(refused.body.error.code).toBe("webhook_disabled");

    receiver.state.answer = () => 200;
    const enabled = await kit.api.call("POST", `/v1/webhook/${endpoint.id}`, { body: { status: "enabled" } });
    expect(enabled.body.data.webhook).toMatchObject({ status: "enabled", disabledReason: null });
    await kit.api.call("POST", "/v1/customer", { body: {} });
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 1 });
  });

  it("emits nothing for a rolled-back change (transactional outbox)", async () => {
    await kit.subscribe(receiver);
    const clock = () => kit.now();
    const outbox = createWebhookOutbox({ clock, requirementsOf: async (_tx, record) => presentCustomer(record).requirements, endpoints: createEndpointDirectory({ maxAgeMs: 0 }) });
    const service = createCustomerService({ store: createCustomerStore(kit.api.cipher), clock, minimumAge: 18, onChange: outbox.recordCustomerChange });
    await expect(db.transaction(async (tx) => {
      await service.create(tx, { type: "individual", mock: false });
      throw new Error("rolled back after the change");
    })).rejects.toThrow("rolled back");
    const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
    expect([await count("customers"), await count("webhook_events"), await count("webhook_deliveries")]).toEqual([0, 0, 0]);
    expect((await kit.dispatcher.runOnce()).attempted).toBe(0);

    await db.transaction((tx) => service.create(tx, { type: "individual", mock: false }));
    expect([await count("webhook_events"), await count("webhook_deliveries")]).toEqual([1, 1]);
    expect(await kit.dispatcher.runOnce()).toEqual({ attempted: 1, delivered: 1 });
  });

  it("a memory of endpoints older than a removal never delivers to the removed endpoint (another process removed it)", async () => {
    const endpoint = await kit.subscribe(receiver);
    const clock = () => kit.now();
    const outbox = createWebhookOutbox({ clock, requirementsOf: async (_tx, record) => presentCustomer(record).requirements, endpoints: createEndpointDirectory({ maxAgeMs: Infinity }) });
    const service = createCustomerService({ store: createCustomerStore(kit.api.cipher), clock, minimumAge: 18, onChange: outbox.recordCustomerChange });
    await db.transaction((tx) => service.create(tx, { type: "individual", mock: false }));
    // Removed behind this outbox's back: its directory still remembers the endpoint.
    await db.query("delete from webhook_endpoints where id = $1", [endpoint.id]);
    await db.transaction((tx) => service.create(tx, { type: "individual", mock: false }));
    const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;
    expect([await count("customers"), await count("webhook_deliveries")]).toEqual([2, 0]);
  });

  it("a customer write racing the deletion of an endpoint succeeds and makes no delivery for it", async () => {
    const endpoint = await kit.subscribe(receiver);
    let commitDeletion!: () => void;
    let deletionStarted!: () => void;
    const started = new Promise<void>((resolve) => (deletionStarted = resolve));
    const deletion = db.transaction(async (tx) => {
      await tx.query("delete from webhook_endpoints where id = $1", [endpoint.id]);
      deletionStarted();
      await new Promise<void>((resolve) => (commitDeletion = resolve));
    });
    await started;
    // Outside the deletion's transaction; on PostgreSQL it waits for the endpoint's row lock.
    const write = kit.api.call("POST", "/v1/customer", { body: {} });
    await new Promise((resolve) => setTimeout(resolve, kind === "postgres" ? 300 : 0));
    commitDeletion();
    await deletion;
    expect((await write).status).toBe(200);
    expect((await db.query<{ n: number }>("select count(*)::int as n from webhook_deliveries")).rows[0]!.n).toBe(0);
  });

  it("signs with both secrets for 24 h after a rotation, then with the new one only", async () => {
    const endpoint = await kit.subscribe(receiver);
    const oldSecret = endpoint.secret;
    const rotated = await kit.api.call("POST", `/v1/webhook/${endpoint.id}/rotate-secret`, { headers: { "Idempotency-Key": "rot-1" } });
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.data.webhook.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    expect(rotated.body.data.webhook.previousSecretExpiresAt).toBe(new Date(T0.getTime() + 86_400_000).toISOString());
    receiver.state.secrets = [oldSecret, newSecret];

    await kit.api.call("POST", "/v1/customer", { body: {} });
    await kit.dispatcher.runOnce();
    expect(receiver.received.at(-1)!.verifiedBy).toEqual([0, 1]);
    expect(String(receiver.received.at(-1)!.headers["webhook-signature"]).split(" ")).toHaveLength(2);

    kit.advance(86_400_000 + 1000);
    await kit.api.call("POST", "/v1/customer", { body: {} });
    await kit.dispatcher.runOnce();
    expect(receiver.received.at(-1)!.verifiedBy).toEqual([1]);
    expect(receiver.unverified).toEqual([]);
    expect((await kit.api.call("GET", `/v1/webhook/${endpoint.id}`)).body.data.webhook.previousSecretExpiresAt).toBeNull();
  });

  it("sends an endpoint only the event types it subscribed to", async () => {
    const kycOnly = await kit.subscribe(receiver, ["customer.kyc.updated"]);
    const created = await kit.api.call("POST", "/v1/customer", { body: SEED_CREATE_BODY });
    await kit.api.call("POST", `/v1/customer/${created.body.data.customer.id}`, { body: { ssn: "123-45-6789" } });
    await kit.dispatcher.runOnce();
    expect(receiver.received.filter((r) => r.type !== "customer.kyc.updated")).toEqual([]);
    expect((await kit.deliveries(kycOnly.id)).every((d) => d.eventType === "customer.kyc.updated")).toBe(true);
  });
});
