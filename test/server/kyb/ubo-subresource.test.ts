import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness } from "../api-harness.ts";
import { addOwner, createBusiness, THREE_OWNERS, uploadDocument, US_OWNER } from "./kyb-harness.ts";

describe.each(databaseKinds)("beneficial owners as a sub-resource (/v1/customer/:id/ubo) on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it("creates, reads, updates and deletes an owner, with its own requirements and masked PII", async () => {
    const id = await createBusiness(api);
    const created = await api.call("POST", `/v1/customer/${id}/ubo`, { body: { ...US_OWNER, ownershipPercentage: 60 } });
    expect(created.status, created.text).toBe(200);
    const ubo = created.body.data.ubo;
    expect(ubo).toMatchObject({ firstName: "Ada", ownershipPercentage: 60, ssn: { provided: true, last4: "6789" }, requirements: ["identityDocument"] });
    expect(created.headers.get("ETag")).toBe('"2"');
    expect(JSON.stringify(created.body)).not.toContain("123-45-6789");

    const read = await api.call("GET", `/v1/customer/${id}/ubo/${ubo.id}`);
    expect(read.body.data.ubo.id).toBe(ubo.id);

    const updated = await api.call("POST", `/v1/customer/${id}/ubo/${ubo.id}`, { body: { ownershipPercentage: 75, title: "CEO" } });
    expect(updated.body.data.ubo).toMatchObject({ ownershipPercentage: 75, title: "CEO", firstName: "Ada" });

    const removed = await api.call("DELETE", `/v1/customer/${id}/ubo/${ubo.id}`);
    expect(removed.status, removed.text).toBe(200);
    expect(removed.body.data.ubo).toEqual({ id: ubo.id, deleted: true });
    expect(removed.body.data.customer.ubos).toEqual([]);
    expect((await api.call("GET", `/v1/customer/${id}/ubo/${ubo.id}`)).body.error.code).toBe("ubo_not_found");
    expect((await api.call("DELETE", `/v1/customer/${id}/ubo/${ubo.id}`)).status).toBe(404);
  });

  it("removes an owner's documents with the owner, and its requirement paths", async () => {
    const id = await createBusiness(api);
    const [keep, drop] = [await addOwner(api, id, { ...US_OWNER, ownershipPercentage: 50 }), await addOwner(api, id, { ...US_OWNER, ownershipPercentage: 50 })];
    await uploadDocument(api, id, "identityDocumentFront", keep);
    await uploadDocument(api, id, "identityDocumentFront", drop);
    await api.call("DELETE", `/v1/customer/${id}/ubo/${drop}`);
    const documents = (await api.call("GET", `/v1/customer/${id}/document`)).body.data.documents;
    expect(documents.map((d: { uboId: string }) => d.uboId)).toEqual([keep]);
    const customer = (await api.call("GET", `/v1/customer/${id}`)).body.data.customer;
    expect(customer.requirements.some((path: string) => path.includes(drop))).toBe(false);
  });

  it.each([
    ["a new owner that takes the total to 110 %", [60], 50, "ownershipPercentage"],
    ["a single share above 100 %", [], 101, "ownershipPercentage"],
  ])("refuses %s with 422 and the field path, storing nothing", async (_label, existing, share, path) => {
    const id = await createBusiness(api);
    for (const percent of existing) await addOwner(api, id, { ...US_OWNER, ownershipPercentage: percent });
    const res = await api.call("POST", `/v1/customer/${id}/ubo`, { body: { ...US_OWNER, ownershipPercentage: share } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields.map((f: { path: string }) => f.path)).toContain(path);
    expect((await api.call("GET", `/v1/customer/${id}`)).body.data.customer.ubos).toHaveLength(existing.length);
  });

  it("refuses an update that takes the total over 100 %, naming the owner's field", async () => {
    const id = await createBusiness(api);
    await addOwner(api, id, { ...US_OWNER, ownershipPercentage: 60 });
    const second = await addOwner(api, id, { ...US_OWNER, ownershipPercentage: 40 });
    const res = await api.call("POST", `/v1/customer/${id}/ubo/${second}`, { body: { ownershipPercentage: 50 } });
    expect(res.status).toBe(422);
    expect(res.body.error.fields).toEqual([expect.objectContaining({ path: "ownershipPercentage", code: "ownership_exceeds_100" })]);
  });

  it("refuses owners on an individual, an id in a create body, and another customer's owner", async () => {
    const person = (await api.call("POST", "/v1/customer", { body: {} })).body.data.customer.id;
    expect((await api.call("POST", `/v1/customer/${person}/ubo`, { body: US_OWNER })).body.error.code).toBe("customer_not_business");
    const id = await createBusiness(api);
    const withId = await api.call("POST", `/v1/customer/${id}/ubo`, { body: { ...US_OWNER, id: `ubo_${"a".repeat(32)}` } });
    expect(withId.status).toBe(422);
    const other = await createBusiness(api);
    const foreign = await addOwner(api, other, US_OWNER);
    expect((await api.call("DELETE", `/v1/customer/${id}/ubo/${foreign}`)).status).toBe(404);
  });

  it("clears the attestation when an owner is added or removed", async () => {
    const id = await createBusiness(api);
    const owners = [];
    for (const owner of THREE_OWNERS) owners.push(await addOwner(api, id, owner));
    const attested = await api.call("POST", `/v1/customer/${id}`, { body: { ownersAttestedComplete: true } });
    expect(attested.body.data.customer).toMatchObject({ ownersAttestedComplete: true, ownersAttestedAt: "2026-01-15T10:00:00.000Z" });
    expect(attested.body.data.customer.requirements).not.toContain("ubos.attestation");
    await api.call("DELETE", `/v1/customer/${id}/ubo/${owners[2]}`);
    const after = (await api.call("GET", `/v1/customer/${id}`)).body.data.customer;
    expect(after).toMatchObject({ ownersAttestedComplete: null, ownersAttestedAt: null });
    expect(after.requirements).toContain("ubos.attestation");
  });
});
