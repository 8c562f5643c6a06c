import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canTransition } from "../../core/kyc/transitions.ts";
import type { TKycStatus } from "../../core/customer/enums.ts";
import { TOS_DISCLAIMER } from "../../core/terms/tos-disclaimer.ts";
import type { Database } from "../../server/db/database.ts";
import { openTestDatabase, resetDatabase } from "../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY } from "../server/api-harness.ts";
import { b64, png } from "../server/documents/fixtures.ts";

type TCustomerModel = { id: string; firstName: string | null; kyc: TKycStatus; etag: string; createKey: string; createBody: unknown; deleted: boolean };
type TModel = { customers: TCustomerModel[]; nextKey: number };
type TReal = { api: ReturnType<typeof createApiHarness> };
type TCommand = fc.AsyncCommand<TModel, TReal>;

/** What a create may carry: nothing, a partial person, or everything but the document (an upload then submits it). */
const CREATE_BODIES = [
  {},
  { firstName: "Partial" },
  { ...SEED_CREATE_BODY, ssn: "123-45-6789", tosAccepted: true, tosDisclaimer: TOS_DISCLAIMER },
  { ...SEED_CREATE_BODY, firstName: "Review", ssn: "123-45-6789", tosAccepted: true, tosDisclaimer: TOS_DISCLAIMER },
  { ...SEED_CREATE_BODY, firstName: "Reject", ssn: "123-45-6789", tosAccepted: true, tosDisclaimer: TOS_DISCLAIMER },
];
const live = (m: TModel) => m.customers.filter((c) => !c.deleted);
const pick = (m: TModel, i: number) => live(m)[i % live(m).length]!;
const kycMoved = (from: TKycStatus, to: TKycStatus) => from === to || (["submit", "resubmit", "provider", "reviewer"] as const).some((cause) => canTransition(from, to, cause));

/**
 * After every command: each live customer is still there with the last name the API
 * acknowledged (no lost write), its kyc moved along core/kyc/transitions.ts or not at
 * all, and deleted ones are gone; the list holds exactly the live ones.
 */
async function checkAll(model: TModel, { api }: TReal) {
  for (const c of model.customers) {
    const res = await api.call("GET", `/v1/customer/${c.id}`);
    if (c.deleted) {
      expect(res.status).toBe(404);
      continue;
    }
    expect(res.status).toBe(200);
    const now = res.body.data.customer;
    expect(now.firstName, `${c.id} lost a write`).toBe(c.firstName);
    expect(kycMoved(c.kyc, now.kyc), `${c.id}: kyc ${c.kyc} → ${now.kyc}`).toBe(true);
    c.kyc = now.kyc;
    c.etag = res.headers.get("ETag")!;
  }
  const listed = (await api.call("GET", "/v1/customer?limit=100")).body.data.customers.map((c: { id: string }) => c.id).sort();
  expect(listed).toEqual(live(model).map((c) => c.id).sort());
}

const create = (bodyIndex: number): TCommand => ({
  check: () => true,
  async run(model, real) {
    const key = `create-${model.nextKey++}`;
    const body = CREATE_BODIES[bodyIndex]!;
    const res = await real.api.call("POST", "/v1/customer", { body, headers: { "Idempotency-Key": key } });
    expect(res.status).toBe(200);
    const c = res.body.data.customer;
    model.customers.push({ id: c.id, firstName: c.firstName, kyc: c.kyc, etag: res.headers.get("ETag")!, createKey: key, createBody: body, deleted: false });
    await checkAll(model, real);
  },
  toString: () => `create(${bodyIndex})`,
});

const replayCreate = (i: number): TCommand => ({
  check: (m) => m.customers.length > 0,
  async run(model, real) {
    const c = model.customers[i % model.customers.length]!;
    const res = await real.api.call("POST", "/v1/customer", { body: c.createBody, headers: { "Idempotency-Key": c.createKey } });
    expect(res.headers.get("Idempotent-Replayed")).toBe("true");
    expect(res.body.data.customer.id).toBe(c.id);
    await checkAll(model, real);
  },
  toString: () => `replayCreate(${i})`,
});

const update = (i: number, name: string, stale: boolean): TCommand => ({
  check: (m) => live(m).length > 0,
  async run(model, real) {
    const c = pick(model, i);
    const ifMatch = stale ? `"${Number(c.etag.replace(/"/g, "")) - 1}"` : c.etag;
    const res = await real.api.call("POST", `/v1/customer/${c.id}`, { body: { firstName: name }, headers: { "If-Match": ifMatch } });
    if (stale) expect(res.status).toBe(412);
    else if (c.kyc === "approved") expect(res.body.error?.code).toBe("customer_already_kycd");
    // The data under verification is frozen until the decision.
    else if (c.kyc === "pending") expect(res.body.error?.code).toBe("customer_pending_review");
    else {
      expect(res.status).toBe(200);
      c.firstName = name;
    }
    await checkAll(model, real);
  },
  toString: () => `update(${i}, ${name}, stale=${stale})`,
});

const upload = (i: number): TCommand => ({
  check: (m) => live(m).length > 0,
  async run(model, real) {
    const c = pick(model, i);
    const res = await real.api.call("POST", `/v1/customer/${c.id}/document`, { body: { type: "identityDocumentFront", file: b64(png(10, 10)) } });
    expect(res.status === 200 || ((c.kyc === "approved" || c.kyc === "pending") && res.status === 409)).toBe(true);
    await checkAll(model, real);
  },
  toString: () => `upload(${i})`,
});

const submit = (i: number): TCommand => ({
  check: (m) => live(m).length > 0,
  async run(model, real) {
    const c = pick(model, i);
    const res = await real.api.call("POST", `/v1/customer/${c.id}/submit`);
    expect([200, 409, 422]).toContain(res.status);
    await checkAll(model, real);
  },
  toString: () => `submit(${i})`,
});

const remove = (i: number): TCommand => ({
  check: (m) => live(m).length > 0,
  async run(model, real) {
    const c = pick(model, i);
    expect((await real.api.call("DELETE", `/v1/customer/${c.id}`)).status).toBe(200);
    c.deleted = true;
    await checkAll(model, real);
  },
  toString: () => `delete(${i})`,
});

/** The provider decides whatever is pending (the worker is driven here instead of by its timer). */
const decide: TCommand = {
  check: () => true,
  async run(model, real) {
    await real.api.app.verificationWorker.runOnce();
    await checkAll(model, real);
  },
  toString: () => "decide",
};

describe("model-based: create, update, upload, submit, delete, replays and decisions (PGlite)", () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase("pglite");
  });
  afterAll(() => db.close());

  it("statuses move only along allowed transitions and no acknowledged write is lost", { timeout: 60_000 }, async () => {
    const commands = fc.commands(
      [
        fc.integer({ min: 0, max: CREATE_BODIES.length - 1 }).map(create),
        fc.integer({ min: 2, max: CREATE_BODIES.length - 1 }).map(create),
        fc.nat().map(replayCreate),
        fc.tuple(fc.nat(), fc.constantFrom("Ann", "Bea", "Cy", "Review"), fc.boolean()).map(([i, n, s]) => update(i, n, s)),
        fc.nat().map(upload),
        fc.nat().map(submit),
        fc.nat().map(remove),
        fc.constant(decide),
      ],
      { maxCommands: 16, size: "max" },
    );
    await fc.assert(
      fc.asyncProperty(commands, async (cmds) => {
        await resetDatabase(db);
        const real = { api: createApiHarness(db) };
        await fc.asyncModelRun(() => ({ model: { customers: [], nextKey: 0 }, real }), cmds);
      }),
      { numRuns: Number(process.env.FUZZ_MODEL_RUNS ?? 25) },
    );
  });
});
