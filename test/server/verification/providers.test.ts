import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import type { TVerificationProvider } from "../../../server/verification/verification-provider.ts";
import { databaseKinds, openTestDatabase, resetDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { completeIndividual } from "./support.ts";

describe.each(databaseKinds)("verification providers on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  const seen: Array<{ id: string; documents: number; ssn: string | null }> = [];
  /** A vendor that rejects everyone, and records what it was given. */
  const vendor: TVerificationProvider = {
    name: "strict-vendor",
    async verify({ customer, documents, readDocument }) {
      seen.push({ id: customer.id, documents: documents.length, ssn: customer.ssn });
      expect((await readDocument(documents[0]!.id)).length).toBe(documents[0]!.size);
      return { decision: "rejected", reason: null, breakdown: { identity: { decision: "fail", codes: ["identity_mismatch"], reasons: ["Name and SSN don't match."] } } };
    },
  };
  beforeAll(async () => {
    db = await openTestDatabase(kind);
    api = createApiHarness(db, { verificationProvider: vendor });
  });
  afterAll(() => db.close());
  beforeEach(() => resetDatabase(db));

  it("uses the configured vendor, with the unmasked customer and its documents", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: completeIndividual() })).body.data.customer;
    await api.app.verificationWorker.runOnce();
    expect(seen.at(-1)).toEqual({ id, documents: 1, ssn: "123456789" });
    const review = (await api.call("GET", `/v1/customer/${id}/review`)).body.data.identityDetails;
    expect(review).toMatchObject({ decision: "rejected", provider: "strict-vendor", breakdown: { identity: { codes: ["identity_mismatch"] } } });
  });

  it("always uses the sandbox for mock: true customers", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: completeIndividual({ mock: true }) })).body.data.customer;
    const before = seen.length;
    await api.app.verificationWorker.runOnce();
    expect(seen.length).toBe(before);
    expect((await api.call("GET", `/v1/customer/${id}`)).body.data.customer.kyc).toBe("approved");
  });
});
