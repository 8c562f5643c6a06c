import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { toCustomerView, toUnmaskedCustomerView, ZCustomerView, ZUnmaskedCustomerView } from "../../../core/customer/customer-view.ts";
import { recordFrom, SEED_INDIVIDUAL, US_BUSINESS, US_OWNER } from "../fixtures.ts";

/** The keys of seed 004's customer response example, and of a UBO in its property list. */
const SEED_CUSTOMER_KEYS = [
  "id", "meta", "description", "sourceOfFunds", "thirdParty", "thirdPartyMessage", "lookupKey", "type", "kyc", "tos",
  "msa", "euAccountTos", "operatingResidency", "isProhibitedBusinessType", "website", "additionalReviewRequiredReason",
  "requirements", "address", "ubos", "email", "firstName", "lastName", "phoneNumber", "mock", "wallets", "bankAccounts",
  "achPullUserIntentId", "verificationLevels", "created", "updated",
];
const SEED_UBO_KEYS = ["id", "requirements", "email", "firstName", "lastName", "phoneNumber", "address", "created", "updated"];

const individual = recordFrom("individual", { ...SEED_INDIVIDUAL, ssn: "536-22-7190" });
const business = recordFrom("business", {
  ...US_BUSINESS,
  ubos: [{ ...US_OWNER, ssn: "987-65-4321", dob: { day: 2, month: 3, year: 1970 } }, { idNumber: "P12345678", address: { country: "DEU" } }],
});
const uboId = business.ubos[0]?.id ?? "";
const options = { requirements: ["tos"], uboRequirements: { [uboId]: ["identityDocument"] } };

describe("toCustomerView", () => {
  it("carries every field of seed 004's response example, valid against ZCustomerView", () => {
    const view = toCustomerView(individual, options);
    expect(Object.keys(view)).toEqual(expect.arrayContaining(SEED_CUSTOMER_KEYS));
    expect(ZCustomerView.safeParse(view).success).toBe(true);
    expect(view).toMatchObject({ kyc: "incomplete", status: "active", requirements: ["tos"], wallets: [], verificationLevels: [] });
  });

  it("carries seed 004's UBO fields and each UBO's own requirements", () => {
    const [first, second] = toCustomerView(business, options).ubos;
    expect(Object.keys(first ?? {})).toEqual(expect.arrayContaining(SEED_UBO_KEYS));
    expect(first?.requirements).toEqual(["identityDocument"]);
    expect(second?.requirements).toEqual([]);
  });

  it.each([
    ["an individual", individual, ["536227190", "536-22-7190", "1990"]],
    ["a business and its owners", business, ["123456789", "12-3456789", "987654321", "987-65-4321", "1970", "P12345678"]],
  ])("never shows the full SSN, EIN, id number or date of birth of %s", (_label, record, secrets) => {
    const json = JSON.stringify(toCustomerView(record, options));
    for (const secret of secrets) expect(json).not.toContain(secret);
  });

  it("shows identifiers as provided + last 4 and dates as provided", () => {
    const view = toCustomerView(business, options);
    expect(view.ein).toEqual({ provided: true, last4: "6789" });
    expect(view.ssn).toBeNull();
    expect(view.ubos[0]).toMatchObject({ ssn: { provided: true, last4: "4321" }, dob: { provided: true } });
    expect(view.ubos[1]).toMatchObject({ ssn: null, dob: null, idNumber: { provided: true, last4: "5678" } });
    expect(toCustomerView(individual, options)).toMatchObject({ ssn: { provided: true, last4: "7190" }, dob: { provided: true }, ein: null });
  });

  it("unmasks for the audited endpoint, formatted", () => {
    const view = toUnmaskedCustomerView(business, options);
    expect(ZUnmaskedCustomerView.safeParse(view).success).toBe(true);
    expect(view.ein).toBe("12-3456789");
    expect(view.ubos[0]).toMatchObject({ ssn: "987-65-4321", dob: { day: 2, month: 3, year: 1970 } });
    expect(toUnmaskedCustomerView(individual, options)).toMatchObject({ ssn: "536-22-7190", dob: SEED_INDIVIDUAL.dob });
  });

  it("converts to JSON Schema for OpenAPI", () => {
    expect(() => z.toJSONSchema(ZCustomerView)).not.toThrow();
    expect(() => z.toJSONSchema(ZUnmaskedCustomerView)).not.toThrow();
  });
});
