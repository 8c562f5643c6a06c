import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createFieldCipher, type TFieldCipher } from "../../../server/crypto/field-cipher.ts";
import { SEALED_DATE, splitSecrets } from "../../../server/customers/secret-fields.ts";
import { createEmptyCustomerRecord } from "../../../core/customer/customer-record.ts";
import type { Database } from "../../../server/db/database.ts";
import { databaseKinds, useTestDatabase } from "../../support/databases.ts";
import { createApiHarness, SEED_CREATE_BODY } from "../api-harness.ts";

/** The real cipher, noting which fields each request decrypted. */
function countingCipher(): TFieldCipher & { decrypted: string[] } {
  const cipher = createFieldCipher({ keys: [{ id: "test0001", key: randomBytes(32) }] });
  const decrypted: string[] = [];
  return {
    ...cipher,
    decrypted,
    decrypt(ciphertext, binding) {
      decrypted.push(binding.field);
      return cipher.decrypt(ciphertext, binding);
    },
  };
}

describe.each(databaseKinds)("masked reads on %s", (kind) => {
  let db: Database;
  let api: ReturnType<typeof createApiHarness>;
  let cipher: ReturnType<typeof countingCipher>;
  useTestDatabase(kind, (opened) => (db = opened));
  beforeAll(() => {
    cipher = countingCipher();
    api = createApiHarness(db, { cipher });
  });
  beforeEach(() => {
    cipher.decrypted.length = 0;
  });

  const createBusiness = async () => {
    const res = await api.call("POST", "/v1/customer", {
      body: { type: "business", name: "Acme", ein: "27-4418093", ubos: [{ firstName: "Ann", ssn: "478-31-2045", dob: { day: 11, month: 7, year: 1977 } }] },
    });
    expect(res.status).toBe(200);
    return res.body.data.customer;
  };

  it("retrieve and list decrypt the identifiers they show the last digits of, never a date of birth", async () => {
    const person = (await api.call("POST", "/v1/customer", { body: { ...SEED_CREATE_BODY, ssn: "536-22-8917" } })).body.data.customer;
    const business = await createBusiness();
    cipher.decrypted.length = 0;

    const retrieved = await api.call("GET", `/v1/customer/${person.id}`);
    expect(retrieved.body.data.customer).toMatchObject({ dob: { provided: true }, ssn: { provided: true, last4: "8917" } });
    expect(retrieved.body.data.customer.requirements).not.toContain("dob");
    expect(cipher.decrypted).toEqual(["ssn"]);

    cipher.decrypted.length = 0;
    const owner = (await api.call("GET", `/v1/customer/${business.id}`)).body.data.customer.ubos[0];
    expect(owner).toMatchObject({ dob: { provided: true }, ssn: { provided: true, last4: "2045" } });
    expect(cipher.decrypted.sort()).toEqual(["ein", `ubos.${owner.id}.ssn`].sort());

    cipher.decrypted.length = 0;
    const page = await api.call("GET", "/v1/customer?limit=2");
    expect(page.body.data.customers.map((c: { dob: unknown }) => c.dob)).toEqual([null, { provided: true }]);
    expect(cipher.decrypted.some((field) => field.endsWith("dob"))).toBe(false);
  });

  it("a change after a masked read keeps the real date of birth, and unmask shows it", async () => {
    const person = (await api.call("POST", "/v1/customer", { body: SEED_CREATE_BODY })).body.data.customer;
    await api.call("GET", `/v1/customer/${person.id}`);
    const updated = await api.call("POST", `/v1/customer/${person.id}`, { body: { website: "https://example.com" } });
    expect(updated.status).toBe(200);
    const unmasked = await api.call("GET", `/v1/customer/${person.id}/unmask`);
    expect(unmasked.body.data.customer.dob).toEqual(SEED_CREATE_BODY.dob);
  });
});

describe("a record read masked", () => {
  it("cannot be stored: its sealed date of birth would overwrite the real one", () => {
    const record = { ...createEmptyCustomerRecord({ id: "customer_1", type: "individual", mock: false, now: "2026-01-01T00:00:00.000Z" }), dob: SEALED_DATE };
    expect(() => splitSecrets(record)).toThrow(/cannot be stored/);
  });
});
