import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY, TEST_SECRET_KEY } from "../api-harness.ts";
import { b64, jpegWithGps, pdf } from "./fixtures.ts";

const OWNER = {
  firstName: "Ada", lastName: "Lovelace", email: "ada@example.com", dob: { day: 10, month: 12, year: 1980 }, ssn: "123-45-6789",
  address: { line1: "1 Market St", city: "San Francisco", state: "CA", postalCode: "94105", country: "USA" },
  ownershipPercentage: 40, isControlPerson: true,
};

describe.each(databaseKinds)("documents satisfy requirements on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    api = createApiHarness(db);
  });

  it("an uploaded identity document removes customerIdentityDocument; the list shows its metadata", async () => {
    const created = await api.call("POST", "/v1/customer", { body: { ...SEED_CREATE_BODY, ssn: "123-45-6789" } });
    const { id, requirements } = created.body.data.customer;
    expect(requirements).toEqual(["customerIdentityDocument", "tos"]);
    const form = new FormData();
    form.set("type", "identityDocumentFront");
    form.set("file", new File([jpegWithGps() as Uint8Array<ArrayBuffer>], "front.jpg"));
    const res = await api.app.request(`/v1/customer/${id}/document`, { method: "POST", headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` }, body: form });
    expect(res.status).toBe(200);
    const after = await api.call("GET", `/v1/customer/${id}`);
    expect(after.body.data.customer.requirements).toEqual(["tos"]);
    const list = await api.call("GET", `/v1/customer/${id}/document`);
    expect(list.body.object).toBe("array");
    expect(list.body.data.documents).toEqual([expect.objectContaining({ type: "identityDocumentFront", contentType: "image/jpeg", uboId: null })]);
  });

  it("seed 004's inline base64 documents, for the business and each new owner, are stored in the create's transaction", async () => {
    const res = await api.call("POST", "/v1/customer", {
      body: {
        type: "business", name: "Acme Inc.",
        incorporationDocument: b64(pdf("inc")), shareholderDocument: b64(pdf("sh")),
        statementOfFunds: `data:application/pdf;base64,${b64(pdf("sof"))}`,
        ubos: [{ ...OWNER, identityDocumentFront: b64(jpegWithGps()) }, { ...OWNER, firstName: "Bob", ownershipPercentage: 30, isControlPerson: false }],
      },
    });
    expect(res.status).toBe(200);
    const customer = res.body.data.customer;
    const [ada, bob] = customer.ubos;
    expect(ada.requirements).toEqual([]);
    expect(bob.requirements).toEqual(["identityDocument"]);
    for (const path of ["incorporationDocument", "shareholderDocument", "statementOfFunds", `ubos.${ada.id}.identityDocument`]) {
      expect(customer.requirements).not.toContain(path);
    }
    expect(customer.requirements).toContain(`ubos.${bob.id}.identityDocument`);
    // Bob's document through the UBO update route, inline.
    const bobs = await api.call("POST", `/v1/customer/${customer.id}/ubo/${bob.id}`, { body: { identityDocumentFront: b64(jpegWithGps()) } });
    expect(bobs.body.data.ubo.requirements).toEqual([]);
    const docs = (await api.call("GET", `/v1/customer/${customer.id}/document`)).body.data.documents;
    expect(docs.map((d: { type: string; uboId: string | null }) => [d.type, d.uboId])).toEqual([
      ["incorporationDocument", null], ["shareholderDocument", null], ["statementOfFunds", null],
      ["identityDocumentFront", ada.id], ["identityDocumentFront", bob.id],
    ]);
  });

  it("refuses a document for an unknown owner, or a company document for an owner", async () => {
    const { id } = (await api.call("POST", "/v1/customer", { body: { type: "business", ubos: [OWNER] } })).body.data.customer;
    const post = (fields: Record<string, string>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      form.set("file", new File([pdf() as Uint8Array<ArrayBuffer>], "x.pdf"));
      return api.app.request(`/v1/customer/${id}/document`, { method: "POST", headers: { Authorization: `Bearer ${TEST_SECRET_KEY}` }, body: form });
    };
    const unknown = await post({ type: "identityDocumentFront", ubo: `ubo_${"0".repeat(32)}` });
    expect(unknown.status).toBe(422);
    expect(((await unknown.json()) as any).error.fields[0].code).toBe("unknown_ubo");
  });
});
