import { hasControlPerson } from "../kyb/ownership-rules.ts";
import { REVIEW_RULES, TERMS_RULES } from "./common-rules.ts";
import type { TRequirementContext } from "./requirement-context.ts";
import { type TRequirementRule, addressRules, isMissing } from "./requirement-rules.ts";

/**
 * The company part of a business (KYB), in widget order: company → address →
 * KYB questions (seed 004 "For Business Customers").
 * Choices: `website` and `businessType` are never required (many small
 * businesses have no website; seed 004's businessType values add nothing to
 * verification). `ein` for a US business, `registrationNumber` elsewhere; while
 * the country is unknown neither is due (`address.country` is).
 */
export const BUSINESS_COMPANY_RULES: ReadonlyArray<TRequirementRule<TRequirementContext>> = [
  { path: "name", due: (c) => isMissing(c.customer.name) },
  { path: "email", due: (c) => isMissing(c.customer.email) },
  { path: "phoneNumber", due: (c) => isMissing(c.customer.phoneNumber) },
  { path: "description", due: (c) => isMissing(c.customer.description) },
  { path: "ein", due: (c) => c.customer.address.country === "USA" && isMissing(c.customer.ein) },
  {
    path: "registrationNumber",
    due: (c) =>
      c.customer.address.country !== null && c.customer.address.country !== "USA" && isMissing(c.customer.registrationNumber),
  },
  ...addressRules<TRequirementContext>((c) => c.customer.address),
  { path: "estimatedAnnualRevenueUsd", due: (c) => isMissing(c.customer.estimatedAnnualRevenueUsd) },
  { path: "expectedMonthlyPaymentsUsd", due: (c) => isMissing(c.customer.expectedMonthlyPaymentsUsd) },
  { path: "sourceOfFundsDescription", due: (c) => isMissing(c.customer.sourceOfFundsDescription) },
  { path: "operatesInProhibitedCountries", due: (c) => isMissing(c.customer.operatesInProhibitedCountries) },
  // An empty list is unanswered: "none_of_the_above" is the explicit answer.
  { path: "highRiskActivities", due: (c) => isMissing(c.customer.highRiskActivities) },
  { path: "transmitsCustomerFunds", due: (c) => isMissing(c.customer.transmitsCustomerFunds) },
  {
    path: "transmitsCustomerFundsDescription",
    due: (c) => c.customer.transmitsCustomerFunds === true && isMissing(c.customer.transmitsCustomerFundsDescription),
  },
  { path: "thirdParty", due: (c) => isMissing(c.customer.thirdParty) },
  { path: "thirdPartyMessage", due: (c) => c.customer.thirdParty === true && isMissing(c.customer.thirdPartyMessage) },
];

/**
 * The owners list as a whole (31 CFR 1010.230: owners ≥ 25 % plus one control
 * person). Nobody can check from here that an owner of ≥ 25 % is missing, so the
 * user attests that the list is complete (`ubos.attestation`, issue 5), as the
 * CDD rule's certification form does.
 */
export const BUSINESS_OWNERS_RULES: ReadonlyArray<TRequirementRule<TRequirementContext>> = [
  { path: "ubos", due: (c) => c.customer.ubos.length === 0 },
  { path: "ubos.controlPerson", due: (c) => !hasControlPerson(c.customer.ubos) },
  { path: "ubos.attestation", due: (c) => c.customer.ownersAttestedComplete !== true },
];

/** Company documents, then review documents and terms. */
export const BUSINESS_CLOSING_RULES: ReadonlyArray<TRequirementRule<TRequirementContext>> = [
  { path: "incorporationDocument", due: (c) => !c.hasDocument("incorporationDocument") },
  { path: "shareholderDocument", due: (c) => !c.hasDocument("shareholderDocument") },
  { path: "statementOfFunds", due: (c) => !c.hasDocument("statementOfFunds") },
  ...REVIEW_RULES,
  ...TERMS_RULES,
];
