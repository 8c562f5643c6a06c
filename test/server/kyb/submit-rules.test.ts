import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { addOwner, COMPANY_DOCUMENTS, createBusiness, THREE_OWNERS, uploadDocument } from "./kyb-harness.ts";

/**
 * The ownership rules at submit (issue 5), sent directly to the API: each case
 * is a business complete but for one rule, and submit answers 422
 * `requirements_outstanding` with the path that names what is missing.
 */
describe.each(databaseKinds)("KYB submit rules on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db, { ownershipThreshold: 25 });
  });

  /** A business with the three owners, company documents, terms; `skip` leaves one thing out. */
  async function business(skip: { controlPerson?: boolean; ownerDocument?: number; attestation?: boolean; lowShare?: boolean } = {}) {
    const id = await createBusiness(api, { tosAccepted: true, tosDisclaimer: "By submitting this request, I hereby declare that the created customer has read and accepted Open Onboarding Terms of Service." });
    const owners: string[] = [];
    for (const owner of THREE_OWNERS) {
      const share = skip.lowShare && owner.firstName === "Grace" ? 10 : owner.ownershipPercentage;
      owners.push(await addOwner(api, id, { ...owner, ownershipPercentage: share, isControlPerson: skip.controlPerson ? false : owner.isControlPerson }));
    }
    for (const type of COMPANY_DOCUMENTS) await uploadDocument(api, id, type);
    for (const [index, uboId] of owners.entries()) if (skip.ownerDocument !== index) await uploadDocument(api, id, "identityDocumentFront", uboId);
    if (!skip.attestation) await api.call("POST", `/v1/customer/${id}`, { body: { ownersAttestedComplete: true } });
    return { id, owners };
  }

  it("submits a complete business with three owners, one a control person below 25 % (and the API submits it by itself)", async () => {
    const { id } = await business();
    const customer = (await api.call("GET", `/v1/customer/${id}`)).body.data.customer;
    expect(customer.requirements).toEqual([]);
    expect(customer.kyc).toBe("pending");
  });

  it.each([
    ["no control person", { controlPerson: true }, () => "ubos.controlPerson"],
    ["an owner's identity document missing", { ownerDocument: 1 }, (owners: string[]) => `ubos.${owners[1]}.identityDocument`],
    ["no attestation that every owner of 25 % or more is listed", { attestation: true }, () => "ubos.attestation"],
    ["a listed person below 25 % who doesn't control the business", { lowShare: true }, (owners: string[]) => `ubos.${owners[1]}.ownershipPercentage`],
  ])("refuses to submit with %s: 422 requirements_outstanding naming the path", async (_label, skip, path) => {
    const { id, owners } = await business(skip);
    const res = await api.call("POST", `/v1/customer/${id}/submit`, { body: {} });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("requirements_outstanding");
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path(owners));
    expect((await api.call("GET", `/v1/customer/${id}`)).body.data.customer.kyc).toBe("incomplete");
  });

  it("uses the configured threshold: at 10 % a 10 % owner is a beneficial owner", async () => {
    const lower = createApiHarness(db, { ownershipThreshold: 10 });
    const id = (await lower.call("POST", "/v1/customer", { body: { type: "business" } })).body.data.customer.id;
    const owner = (await lower.call("POST", `/v1/customer/${id}/ubo`, { body: { ...THREE_OWNERS[1], ownershipPercentage: 10, isControlPerson: false } })).body.data.ubo;
    expect(owner.requirements).not.toContain("ownershipPercentage");
    const strict = (await api.call("GET", `/v1/customer/${id}/ubo/${owner.id}`)).body.data.ubo;
    expect(strict.requirements).toContain("ownershipPercentage");
  });
});
