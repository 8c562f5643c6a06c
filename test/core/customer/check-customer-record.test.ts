import { describe, expect, it } from "vitest";
import { checkCustomerRecord } from "../../../core/customer/check-customer-record.ts";
import type { TCustomerUpdateInput } from "../../../core/customer/customer-input.ts";
import { recordFrom, SEED_INDIVIDUAL, TODAY, US_OWNER } from "../fixtures.ts";

const options = { today: TODAY, minimumAge: 18 };

function codesOf(type: "individual" | "business", input: TCustomerUpdateInput, minimumAge = 18) {
  return checkCustomerRecord(recordFrom(type, input), { today: TODAY, minimumAge }).map(({ path, code }) => `${path}:${code}`);
}

describe("checkCustomerRecord", () => {
  it("finds nothing wrong with seed 004's individual", () => {
    expect(checkCustomerRecord(recordFrom("individual", SEED_INDIVIDUAL), options)).toEqual([]);
  });

  it.each([
    ["a state of another country", { address: { country: "USA", state: "ON" } }, ["address.state:invalid_state"]],
    ["a Canadian province in Canada", { address: { country: "CAN", state: "ON", postalCode: "K1A 0B1" } }, []],
    ["free text state where the country has no table", { address: { country: "GBR", state: "Greater London" } }, []],
    ["a state without a country yet", { address: { state: "ZZ" } }, []],
    ["a US postal code in Germany", { address: { country: "DEU", postalCode: "94107-1234" } }, ["address.postalCode:invalid_postal_code"]],
    ["a UK postcode in the USA", { address: { country: "USA", postalCode: "SW1A 1AA" } }, ["address.postalCode:invalid_postal_code"]],
    ["a 17-year-old", { dob: { day: 16, month: 6, year: 2007 } }, ["dob:underage"]],
    ["an 18-year-old today", { dob: { day: 15, month: 6, year: 2007 } }, []],
    ["a birth date tomorrow", { dob: { day: 16, month: 6, year: 2025 } }, ["dob:date_in_future"]],
  ])("individual with %s", (_label, input, expected) => {
    expect(codesOf("individual", input)).toEqual(expected);
  });

  it("uses the configured minimum age", () => {
    expect(codesOf("individual", { dob: { day: 1, month: 1, year: 2006 } }, 21)).toEqual(["dob:underage"]);
  });

  it("checks every owner with paths ubos.N.…", () => {
    const codes = codesOf("business", {
      ubos: [
        US_OWNER,
        { ...US_OWNER, dob: { day: 1, month: 1, year: 2010 }, address: { country: "MEX", state: "CA", postalCode: "123" }, ownershipPercentage: 10 },
      ],
    });
    expect(codes).toEqual(["ubos.1.address.state:invalid_state", "ubos.1.address.postalCode:invalid_postal_code", "ubos.1.dob:underage"]);
  });

  it.each([
    [[60, 40], []],
    [[60, 50], ["ubos:ownership_exceeds_100"]],
    [[33.33, 33.33, 33.34], []],
  ])("business owners with shares %o", (shares, expected) => {
    const ubos = shares.map((ownershipPercentage) => ({ ownershipPercentage, isControlPerson: true }));
    expect(codesOf("business", { ubos })).toEqual(expected);
  });

  it("does not refuse a business without owners yet: that is a requirement, not an error", () => {
    expect(codesOf("business", { name: "Acme" })).toEqual([]);
  });

  it("refuses merged meta with more than 50 keys", () => {
    const record = recordFrom("individual", { meta: Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`a${i}`, i])) });
    const merged = { ...record, meta: { ...record.meta, ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`b${i}`, i])) } };
    expect(checkCustomerRecord(merged, options)).toEqual([expect.objectContaining({ path: "meta", code: "meta_too_large" })]);
  });
});
