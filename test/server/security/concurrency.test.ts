import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPostgresDatabase } from "../../../server/db/postgres-database.ts";
import { databaseKinds, openTestDatabase, type TTestDatabase, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY } from "../api-harness.ts";
import { b64, png } from "../documents/fixtures.ts";
import { TOS_DISCLAIMER } from "../../../core/terms/tos-disclaimer.ts";
import { startReceiver } from "../webhooks/receiver.ts";

describe.each(databaseKinds)("concurrent writers (%s)", (kind) => {
  let db: TTestDatabase;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeEach(() => {
    api = createApiHarness(db);
  });

  it("50 concurrent updates of one customer, each retrying on 412 with a fresh ETag, all land", async () => {
    const id = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer.id;
    let preconditionFailures = 0;
    const writer = async (i: number) => {
      for (let attempt = 0; attempt < 200; attempt++) {
        const etag = (await api.call("GET", `/v1/customer/${id}`)).headers.get("ETag")!;
        const res = await api.call("POST", `/v1/customer/${id}`, { body: { meta: { [`k${i}`]: String(i) } }, headers: { "If-Match": etag } });
        if (res.status === 200) return;
        expect(res.status).toBe(412);
        preconditionFailures++;
      }
      throw new Error(`writer ${i} never landed`);
    };
    await Promise.all(Array.from({ length: 50 }, (_, i) => writer(i)));
    const final = await api.call("GET", `/v1/customer/${id}`);
    expect(Object.keys(final.body.data.customer.meta).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `k${i}`).sort());
    expect(final.headers.get("ETag")).toBe('"51"');
    if (kind === "postgres") expect(preconditionFailures).toBeGreaterThan(0);
  });

  it("concurrent submit, upload and edits never leave a pending customer with requirements, nor two verification jobs", async () => {
    for (let round = 0; round < 5; round++) {
      const body = { ...SEED_CREATE_BODY, ssn: "123-45-6789", tosAccepted: true, tosDisclaimer: TOS_DISCLAIMER };
      const id = (await api.call("POST", "/v1/customer", { body })).body.data.customer.id;
      const answers = await Promise.all([
        api.call("POST", `/v1/customer/${id}/document`, { body: { type: "identityDocumentFront", file: b64(png(8, 8)) } }),
        api.call("POST", `/v1/customer/${id}/submit`),
        api.call("POST", `/v1/customer/${id}`, { body: { lastName: "Edited" } }),
        // Not `ssn: null`: clearing a required field of a pending customer is allowed even in sequence (a rule question, see docs/security.md).
        api.call("POST", `/v1/customer/${id}`, { body: { firstName: "Again" } }),
        api.call("POST", `/v1/customer/${id}/submit`),
      ]);
      for (const a of answers) expect(a.status, a.text).toBeLessThan(500);
      const customer = (await api.call("GET", `/v1/customer/${id}`)).body.data.customer;
      if (customer.kyc === "pending") expect(customer.requirements).toEqual([]);
      else expect(customer.kyc).toBe("incomplete");
      const jobs = await db.query<{ n: number }>("select count(*)::int as n from verification_jobs where customer_id = $1", [id]);
      expect(jobs.rows[0]!.n).toBe(customer.kyc === "pending" ? 1 : 0);
    }
  });
});

describe.skipIf(!databaseKinds.includes("postgres"))("two processes on one PostgreSQL deliver each webhook attempt once", () => {
  let db: TTestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase("postgres");
  });
  afterAll(() => db.close());

  it("racing dispatchers send every event exactly once when the receiver answers 200", async () => {
    const second = createPostgresDatabase({ databaseUrl: db.url!, poolSize: 5 });
    const receiver = await startReceiver();
    try {
      const options = { webhooks: { allowPrivateTargets: true } };
      const [one, two] = [createApiHarness(db, options), createApiHarness(second, options)];
      [one, two].forEach((h) => h.setNow(new Date()));
      const hook = (await one.call("POST", "/v1/webhook", { body: { url: receiver.url, events: ["*"] } })).body.data.webhook;
      receiver.state.secrets = [hook.secret];
      await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 ? one : two).call("POST", "/v1/customer", { body: { firstName: `P${i}` } })));
      const dispatcher = (h: typeof one) => h.app.workers.find((w) => w.name === "webhook-dispatcher") as unknown as { runOnce(): Promise<{ attempted: number }> };
      const drain = async (h: typeof one) => {
        for (let i = 0; i < 50 && (await dispatcher(h).runOnce()).attempted > 0; i++);
      };
      await Promise.all([drain(one), drain(two), drain(one), drain(two)]);
      const ids = receiver.received.map((r) => r.id);
      expect(ids).toHaveLength(30);
      expect(new Set(ids).size).toBe(ids.length);
      expect(receiver.unverified).toEqual([]);
    } finally {
      await receiver.close();
      await second.close();
    }
  });
});
