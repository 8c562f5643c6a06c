import { describe, expect, it } from "vitest";
import { ZCustomerCreateInput, ZCustomerUpdateInput } from "../../../core/customer/customer-input.ts";
import { issuesFromZod } from "../../../core/errors/field-issue.ts";
import { SEED_INDIVIDUAL, US_BUSINESS, US_OWNER } from "../fixtures.ts";

function issuesOf(schema: typeof ZCustomerUpdateInput | typeof ZCustomerCreateInput, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : issuesFromZod(result.error);
}

describe("customer input", () => {
  it("accepts an empty create (seed 002) with type individual and mock false", () => {
    expect(ZCustomerCreateInput.parse({})).toEqual({ type: "individual", mock: false });
  });

  it.each([
    ["seed 004's individual", { type: "individual", ...SEED_INDIVIDUAL }],
    ["seed 004's update", { website: "https://www.example.com", meta: { key: "value" }, ssn: "111-11-1111" }],
    ["a business with owners", { type: "business", ...US_BUSINESS, ubos: [US_OWNER] }],
    ["clearing fields with null", { website: null, address: { line2: null }, meta: { key: null } }],
    ["inline documents and terms", { identityDocumentFront: "aGVsbG8=", tosAccepted: true, tosDisclaimer: "By submitting…" }],
  ])("accepts %s", (_label, value) => {
    expect(issuesOf(ZCustomerCreateInput, value)).toEqual([]);
  });

  it.each(["id", "kyc", "tos", "msa", "requirements", "status", "created", "wallets", "isProhibitedBusinessType"])(
    "refuses an attempt to set %s as unknown_field",
    (key) => {
      expect(issuesOf(ZCustomerUpdateInput, { [key]: "approved" })).toEqual([
        expect.objectContaining({ path: key, code: "unknown_field" }),
      ]);
    },
  );

  it("refuses mock on update (it is fixed at creation)", () => {
    expect(issuesOf(ZCustomerUpdateInput, { mock: true })).toEqual([expect.objectContaining({ path: "mock", code: "unknown_field" })]);
  });

  it("reports every failing path at once", () => {
    const issues = issuesOf(ZCustomerUpdateInput, {
      kyc: "approved",
      email: "nope",
      phoneNumber: "555-1234",
      ssn: "000-00-0000",
      ein: "00-1234567",
      dob: { day: 31, month: 2, year: 1990 },
      address: { country: "US", unit: "4" },
      estimatedAnnualRevenueUsd: "lots",
      highRiskActivities: ["none_of_the_above", "gambling"],
      ubos: [{ ssn: "666-12-3456", ownershipPercentage: 101, kyc: "approved" }],
    });
    expect(issues.map(({ path, code }) => `${path}:${code}`).sort()).toEqual(
      [
        "address.country:invalid_country",
        "address.unit:unknown_field",
        "dob:invalid_date",
        "ein:invalid_ein",
        "email:invalid_email",
        "estimatedAnnualRevenueUsd:invalid_value",
        "highRiskActivities:invalid_high_risk_activities",
        "kyc:unknown_field",
        "phoneNumber:invalid_phone_number",
        "ssn:invalid_ssn",
        "ubos.0.kyc:unknown_field",
        "ubos.0.ownershipPercentage:too_large",
        "ubos.0.ssn:invalid_ssn",
      ].sort(),
    );
  });

  it.each([
    ["type", { type: "company" }, "invalid_value"],
    ["thirdParty", { thirdParty: "yes" }, "invalid_type"],
    ["expectedMonthlyPaymentsUsd", { expectedMonthlyPaymentsUsd: -1 }, "too_small"],
    ["sourceOfFundsDescription", { sourceOfFundsDescription: "lottery" }, "invalid_value"],
    ["firstName", { firstName: "   " }, "too_short"],
    ["lookupKey", { lookupKey: "" }, "invalid_lookup_key"],
    ["ubos", { ubos: Array.from({ length: 26 }, () => ({})) }, "too_long"],
    ["ubos.0.id", { ubos: [{ id: "customer_1" }] }, "invalid_ubo_id"],
    ["ubos.0.ownershipPercentage", { ubos: [{ ownershipPercentage: 33.333 }] }, "invalid_precision"],
    ["identityDocumentFront", { identityDocumentFront: "a".repeat(14 * 1024 * 1024 + 1) }, "document_too_large"],
  ])("refuses a bad %s", (path, value, code) => {
    expect(issuesOf(ZCustomerUpdateInput, value)).toEqual([expect.objectContaining({ path, code })]);
  });

  it("normalises SSN and EIN to digits while parsing", () => {
    expect(ZCustomerUpdateInput.parse({ ssn: "123-45-6789", ein: "12-3456789" })).toEqual({ ssn: "123456789", ein: "123456789" });
  });

  it("accepts 33.33 % and 0 % ownership", () => {
    expect(issuesOf(ZCustomerUpdateInput, { ubos: [{ ownershipPercentage: 33.33 }, { ownershipPercentage: 0 }] })).toEqual([]);
  });
});
