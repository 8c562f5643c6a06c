import { describe, expect, it } from "vitest";
import { applyCustomerInput } from "../../../core/customer/apply-customer-input.ts";
import { ZCustomerUpdateInput } from "../../../core/customer/customer-input.ts";
import type { TCustomerRecord } from "../../../core/customer/customer-record.ts";
import { UnknownUboError } from "../../../core/errors/unknown-ubo-error.ts";
import { recordFrom, SEED_INDIVIDUAL, uboIds, US_OWNER } from "../fixtures.ts";

const LATER = "2025-06-16T08:00:00.000Z";

function update(record: TCustomerRecord, input: unknown, newUboId = uboIds()) {
  return applyCustomerInput(record, ZCustomerUpdateInput.parse(input), { newUboId, now: LATER });
}

describe("applyCustomerInput", () => {
  const seed = recordFrom("individual", { ...SEED_INDIVIDUAL, meta: { plan: "pro", seats: 3 } });

  it("leaves every field not provided unchanged (seed 004) and bumps updated", () => {
    const next = update(seed, { website: "https://www.example.com" });
    expect(next).toEqual({ ...seed, website: "https://www.example.com", updated: LATER });
  });

  it("does not mutate the record it is given", () => {
    const before = structuredClone(seed);
    update(seed, { email: "new@example.com", meta: { plan: null }, address: { line2: "Apt 4" } });
    expect(seed).toEqual(before);
  });

  it.each([
    ["sets a field", { lastName: "Smith" }, (r: TCustomerRecord) => r.lastName, "Smith"],
    ["clears a field with null", { phoneNumber: null }, (r: TCustomerRecord) => r.phoneNumber, null],
    ["stores the SSN as digits", { ssn: "111-11-1111" }, (r: TCustomerRecord) => r.ssn, "111111111"],
    ["stores the EIN as digits", { ein: "12-3456789" }, (r: TCustomerRecord) => r.ein, "123456789"],
    ["merges meta key by key", { meta: { key: "value" } }, (r: TCustomerRecord) => r.meta, { plan: "pro", seats: 3, key: "value" }],
    ["removes a meta key set to null", { meta: { plan: null } }, (r: TCustomerRecord) => r.meta, { seats: 3 }],
    ["clears meta with null", { meta: null }, (r: TCustomerRecord) => r.meta, {}],
    ["merges the address field by field", { address: { line2: "Apt 4" } }, (r: TCustomerRecord) => r.address, { ...seed.address, line2: "Apt 4" }],
    ["clears one address field", { address: { state: null } }, (r: TCustomerRecord) => r.address.state, null],
  ])("%s", (_label, input, read, expected) => {
    expect(read(update(seed, input))).toEqual(expected);
  });

  it("ignores documents and tosAccepted: the server handles them", () => {
    const next = update(seed, { identityDocumentFront: "aGVsbG8=", tosAccepted: true });
    expect(next).toEqual({ ...seed, updated: LATER });
  });

  it("sets a business's firstName from its legal name (seed 004)", () => {
    const business = recordFrom("business", { name: "Acme Inc." });
    expect([business.name, business.firstName]).toEqual(["Acme Inc.", "Acme Inc."]);
    expect(update(business, { name: null }).firstName).toBeNull();
  });

  describe("ubos", () => {
    const business = recordFrom("business", { ubos: [US_OWNER, { firstName: "Bob", ownershipPercentage: 30 }] });
    const [ada, bob] = business.ubos;

    it("appends owners without id with fresh ids, SSN as digits", () => {
      expect(business.ubos.map((ubo) => ubo.id)).toEqual([`ubo_${"0".repeat(31)}1`, `ubo_${"0".repeat(31)}2`]);
      expect(ada?.ssn).toBe("123456789");
      expect(ada?.address.state).toBe("CA");
    });

    it("updates the owner with that id partially and keeps the others", () => {
      const next = update(business, { ubos: [{ id: bob?.id, lastName: "Builder", address: { country: "GBR" } }] });
      expect(next.ubos).toEqual([
        ada,
        { ...bob, lastName: "Builder", address: { ...bob?.address, country: "GBR" }, updated: LATER },
      ]);
    });

    it("updates and appends in one call", () => {
      const next = update(business, { ubos: [{ id: ada?.id, ownershipPercentage: 50 }, { firstName: "Cy" }] }, () => "ubo_new");
      expect(next.ubos.map((ubo) => [ubo.id, ubo.ownershipPercentage ?? ubo.firstName])).toEqual([
        [ada?.id, 50],
        [bob?.id, 30],
        ["ubo_new", "Cy"],
      ]);
    });

    it("throws UnknownUboError with the path ubos.N.id for an id the customer does not have", () => {
      const unknown = `ubo_${"f".repeat(32)}`;
      const attempt = () => update(business, { ubos: [{ firstName: "New" }, { id: unknown, firstName: "X" }] });
      expect(attempt).toThrow(UnknownUboError);
      try {
        attempt();
      } catch (error) {
        expect((error as UnknownUboError).issue).toMatchObject({ path: "ubos.1.id", code: "unknown_ubo" });
      }
    });
  });
});
