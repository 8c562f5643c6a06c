import { applyCustomerInput } from "../../core/customer/apply-customer-input.ts";
import { createEmptyCustomerRecord, type TCustomerRecord } from "../../core/customer/customer-record.ts";
import type { TCustomerUpdateInput } from "../../core/customer/customer-input.ts";

/** A fixed "today" so age rules never depend on the day the suite runs. */
export const TODAY = { year: 2025, month: 6, day: 15 } as const;
export const NOW = "2025-06-15T12:00:00.000Z";

/** Deterministic UBO ids: ubo_000…001, ubo_000…002, … */
export function uboIds(): () => string {
  let next = 0;
  return () => `ubo_${String(++next).padStart(32, "0")}`;
}

/** A record built the way the server builds one: empty, then the input applied. */
export function recordFrom(
  type: "individual" | "business",
  input: TCustomerUpdateInput,
  newUboId: () => string = uboIds(),
): TCustomerRecord {
  const empty = createEmptyCustomerRecord({ id: `customer_${"a".repeat(32)}`, type, mock: false, now: NOW });
  return applyCustomerInput(empty, input, { newUboId, now: NOW });
}

/** Seed 004's create example (a US individual). */
export const SEED_INDIVIDUAL: TCustomerUpdateInput = {
  firstName: "John",
  lastName: "Doe",
  email: "johndoe123@gmail.com",
  phoneNumber: "+12345678900",
  address: { line1: "123 Main St", city: "San Francisco", postalCode: "94107", state: "CA", country: "USA" },
  dob: { month: 3, day: 23, year: 1990 },
};

/** A complete US owner (everything but the identity document). */
export const US_OWNER = {
  firstName: "Ada",
  lastName: "Lovelace",
  email: "ada@example.com",
  dob: { day: 10, month: 12, year: 1980 },
  ssn: "123-45-6789",
  address: { line1: "1 Market St", city: "San Francisco", state: "CA", postalCode: "94105", country: "USA" },
  ownershipPercentage: 40,
  isControlPerson: true,
};

/** A complete US business (company part only, no owners). */
export const US_BUSINESS: TCustomerUpdateInput = {
  name: "Acme Inc.",
  email: "ops@acme.example",
  phoneNumber: "+14155552671",
  description: "Sells anvils",
  ein: "12-3456789",
  address: { line1: "1 Main St", city: "Austin", state: "TX", postalCode: "78701", country: "USA" },
  estimatedAnnualRevenueUsd: "_100000_999999",
  expectedMonthlyPaymentsUsd: 20000,
  sourceOfFundsDescription: "business_revenue",
  operatesInProhibitedCountries: false,
  highRiskActivities: ["none_of_the_above"],
  transmitsCustomerFunds: false,
  thirdParty: false,
};
