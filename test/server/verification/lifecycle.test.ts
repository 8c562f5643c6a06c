import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, TEST_SECRET_KEY } from "../api-harness.ts";
import { b64, pdf } from "../documents/fixtures.ts";
import { completeIndividual } from "./support.ts";

describe.each(databaseKinds)("KYC lifecycle with the sandbox provider on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  let now: number;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });
  beforeEach(() => {
    now = Date.parse("2026-01-15T10:00:00.000Z");
    api.setNow(new Date(now));
  });

  /** Moves the clock on, as between a reviewer's request and the customer's answer. */
  const later = (ms = 60_000) => api.setNow(new Date((now += ms)));
  const kycOf = async (id: string) => (await api.call("GET", `/v1/customer/${id}`)).body.data.customer;
  const runWorker = () => api.app.verificationWorker.runOnce();

  it("goes from {} to approved: an update that completes the set submits, the worker decides", async () => {
    const created = await api.call("POST", "/v1/customer", { body: {} });
    const { id } = created.body.data.customer;
    expect(created.body.data.customer.kyc).toBe("incomplete");
    const { identityDocumentFront: _, ...withoutId } = completeIndividual();
    const partial = await api.call("POST", `/v1/customer/${id}`, { body: withoutId });
    expect(partial.body.data.customer).toMatchObject({ kyc: "incomplete", tos: "approved", requirements: ["customerIdentityDocument"] });
    const complete = await api.call("POST", `/v1/customer/${id}`, { body: { identityDocumentFront: completeIndividual().identityDocumentFront } });
    expect(complete.body.data.customer).toMatchObject({ kyc: "pending", requirements: [] });
    expect((await api.call("GET", `/v1/customer/${id}/review`)).body.data.identityDetails).toBeNull();

    expect(await runWorker()).toBe(1);
    expect((await kycOf(id)).kyc).toBe("approved");
    const review = (await api.call("GET", `/v1/customer/${id}/review`)).body.data;
    expect(review.customerDetails).toMatchObject({ id, kyc: "approved" });
    expect(review.identityDetails).toMatchObject({ decision: "approved", source: "provider", provider: "sandbox", reason: null });
    expect(review.identityDetails.breakdown.identity).toEqual({ decision: "pass", codes: ["identity_verified"], reasons: [expect.any(String)] });
    expect(await runWorker()).toBe(0);

    // approved is final.
    const submit = await api.call("POST", `/v1/customer/${id}/submit`);
    expect(submit.status).toBe(409);
    expect(submit.body.error).toMatchObject({ code: "invalid_kyc_transition", message: expect.stringContaining("from approved to pending") });
    const manual = await api.call("POST", `/v1/customer/${id}/review`, { body: { decision: "rejected" } });
    expect(manual.body.error.code).toBe("invalid_kyc_transition");
  });

  it.each([
    ["firstName Reject", { firstName: "Reject" }],
    ["SSN ending 2222", { ssn: "123-45-2222" }],
  ])("is rejected by the sandbox's magic value (%s), and rejected is final", async (_, overrides) => {
    const { id, kyc } = (await api.call("POST", "/v1/customer", { body: completeIndividual(overrides) })).body.data.customer;
    expect(kyc).toBe("pending");
    await runWorker();
    expect((await kycOf(id)).kyc).toBe("rejected");
    const review = (await api.call("GET", `/v1/customer/${id}/review`)).body.data.identityDetails;
    expect(review.breakdown.sanctions).toMatchObject({ decision: "fail", codes: ["sanctions_match"] });
    const manual = await api.call("POST", `/v1/customer/${id}/review`, { body: { decision: "approved" } });
    expect(manual.status).toBe(409);
    expect(manual.body.error.message).toContain("from rejected to approved");
  });

  it("goes through additionalReviewRequired (proof_of_address) and back to approved once the proof arrives", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: completeIndividual({ firstName: "Review" }) })).body.data.customer;
    await runWorker();
    const asked = await kycOf(id);
    expect(asked).toMatchObject({ kyc: "additionalReviewRequired", additionalReviewRequiredReason: "proof_of_address", requirements: ["proofOfAddressDocument"] });
    later();
    const answered = await api.call("POST", `/v1/customer/${id}`, { body: { proofOfAddressDocument: b64(pdf("utility bill")) } });
    expect(answered.body.data.customer).toMatchObject({ kyc: "pending", additionalReviewRequiredReason: null, requirements: [] });
    await runWorker();
    expect((await kycOf(id)).kyc).toBe("approved");
    const history = (await api.call("GET", `/v1/customer/${id}/review`)).body.data.history;
    expect(history.map((h: { decision: string }) => h.decision)).toEqual(["additionalReviewRequired", "approved"]);
  });

  it("a proof of address uploaded before the reviewer asked doesn't answer the request", async () => {
    const body = completeIndividual({ firstName: "Sanctions", proofOfAddressDocument: b64(pdf("last year's bill")) });
    const { id } = (await api.call("POST", "/v1/customer", { body })).body.data.customer;
    await api.call("POST", `/v1/customer/${id}/review`, { body: { decision: "additionalReviewRequired", reason: "proof_of_address" } });
    expect(await db.query("select 1 from verification_jobs where state = 'queued'")).toMatchObject({ rows: [{}] });
    later();
    // The manual decision closed the queue's job without a provider decision.
    await runWorker();
    expect((await kycOf(id)).requirements).toEqual(["proofOfAddressDocument"]);
  });

  it("waits for a reviewer on sanctions_screening, then a manual approval is recorded and audited", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: completeIndividual({ firstName: "Sanctions" }) })).body.data.customer;
    await runWorker();
    const waiting = await kycOf(id);
    expect(waiting).toMatchObject({ kyc: "additionalReviewRequired", additionalReviewRequiredReason: "sanctions_screening", requirements: [] });
    const resubmit = await api.call("POST", `/v1/customer/${id}/submit`);
    expect(resubmit.status).toBe(409);
    expect(resubmit.body.error.code).toBe("invalid_kyc_transition");

    const noReason = await api.call("POST", `/v1/customer/${id}/review`, { body: { decision: "additionalReviewRequired" } });
    expect(noReason.status).toBe(422);
    const approved = await api.call("POST", `/v1/customer/${id}/review`, {
      body: { decision: "approved", note: "False positive: different date of birth." },
      headers: { "User-Agent": "ops-console/2.0" },
    });
    expect(approved.status).toBe(200);
    expect(approved.body.data.customer).toMatchObject({ kyc: "approved", additionalReviewRequiredReason: null });
    const review = (await api.call("GET", `/v1/customer/${id}/review`)).body.data;
    expect(review.identityDetails).toMatchObject({ decision: "approved", source: "manual", actor: "secret_key", note: "False positive: different date of birth." });
    const audit = await db.query<{ action: string; user_agent: string }>("select action, user_agent from audit_log where customer_id = $1", [id]);
    expect(audit.rows).toEqual([{ action: "customer.review.approved", user_agent: "ops-console/2.0" }]);
  });

  it("manual review: pending → additionalReviewRequired → (proof) pending → approved, deciding before the provider", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: completeIndividual() })).body.data.customer;
    const asked = await api.call("POST", `/v1/customer/${id}/review`, { body: { decision: "additionalReviewRequired", reason: "proof_of_address", note: "Address unclear" } });
    expect(asked.body.data.customer).toMatchObject({ kyc: "additionalReviewRequired", requirements: ["proofOfAddressDocument"] });
    // The provider's job, queued before the reviewer acted, decides nothing now.
    await runWorker();
    expect((await kycOf(id)).kyc).toBe("additionalReviewRequired");
    later();
    const form = new FormData();
    form.set("type", "proofOfAddressDocument");
    form.set("file", new File([pdf("bank statement") as Uint8Array<ArrayBuffer>], "statement.pdf"));
    await api.app.request(`/v1/customer/${id}/document`, { method: "POST", headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` }, body: form });
    expect((await kycOf(id)).kyc).toBe("pending");
    const approved = await api.call("POST", `/v1/customer/${id}/review`, { body: { decision: "approved" } });
    expect(approved.body.data.customer.kyc).toBe("approved");
    await runWorker();
    const history = (await api.call("GET", `/v1/customer/${id}/review`)).body.data.history;
    expect(history.map((h: { source: string; decision: string }) => `${h.source}:${h.decision}`)).toEqual(["manual:additionalReviewRequired", "manual:approved"]);
  });

  it("refuses submit with requirements left (422 listing them) and a review of an incomplete customer (409)", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: { firstName: "Jane" } })).body.data.customer;
    const submit = await api.call("POST", `/v1/customer/${id}/submit`);
    expect(submit.status).toBe(422);
    expect(submit.body.error.code).toBe("requirements_outstanding");
    expect(submit.body.error.fields.map((f: { path: string }) => f.path)).toContain("lastName");
    const review = await api.call("POST", `/v1/customer/${id}/review`, { body: { decision: "approved" } });
    expect(review.status).toBe(409);
    expect(review.body.error).toMatchObject({ code: "invalid_kyc_transition", message: expect.stringContaining("from incomplete to approved") });
  });

  it("the widget's path: complete without auto-submit, then an explicit submit (twice is harmless)", async () => {
    const { identityDocumentFront: _, ...body } = completeIndividual();
    const { id } = (await api.call("POST", "/v1/customer", { body })).body.data.customer;
    await db.transaction((tx) =>
      api.app.documents.upload(tx, { customerId: id, type: "identityDocumentFront", bytes: pdf("passport") }, { submitWhenComplete: false }),
    );
    expect(await kycOf(id)).toMatchObject({ kyc: "incomplete", requirements: [] });
    const submit = await api.call("POST", `/v1/customer/${id}/submit`);
    expect(submit.body.data.customer.kyc).toBe("pending");
    expect((await api.call("POST", `/v1/customer/${id}/submit`)).body.data.customer.kyc).toBe("pending");
    expect((await db.query("select count(*)::int as n from verification_jobs")).rows).toEqual([{ n: 1 }]);
  });

  it("retries when the provider fails (magic value Error), keeping the customer pending", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: completeIndividual({ firstName: "Error" }) })).body.data.customer;
    const errors = console.error;
    console.error = () => {};
    try {
      await runWorker();
    } finally {
      console.error = errors;
    }
    expect((await kycOf(id)).kyc).toBe("pending");
    const job = await db.query<{ state: string; attempts: number; last_error: string }>("select state, attempts, last_error from verification_jobs");
    expect(job.rows).toEqual([{ state: "queued", attempts: 1, last_error: expect.stringContaining("sandbox") }]);
    expect(await runWorker()).toBe(0); // backed off: not due yet
  });
});
